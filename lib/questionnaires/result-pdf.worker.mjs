// The follow-up result PDF worker (lib/questionnaires/pdf.ts starts it), on the pattern of
// lib/management-reviews/review-pdf.worker.mjs: react-pdf needs React without the server's
// react-server condition, so the document is rendered in a worker started without it. Plain JavaScript.
import { parentPort, workerData } from "node:worker_threads";
import { Document, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { createElement as h } from "react";

const styles = StyleSheet.create({
  page: { paddingTop: 40, paddingBottom: 56, paddingHorizontal: 44, fontSize: 10, fontFamily: "Helvetica", lineHeight: 1.4 },
  org: { fontSize: 9, color: "#444", marginBottom: 4 },
  h1: { fontSize: 18, marginBottom: 8, fontFamily: "Helvetica-Bold" },
  level: { fontSize: 14, marginVertical: 6, fontFamily: "Helvetica-Bold" },
  h2: { fontSize: 12, marginTop: 14, marginBottom: 4, fontFamily: "Helvetica-Bold" },
  barRow: { flexDirection: "row", alignItems: "center", marginVertical: 2 },
  barLabel: { width: 200, paddingRight: 6 },
  track: { width: 200, height: 9, backgroundColor: "#e5e7eb", marginRight: 6 },
  bar: { height: 9, backgroundColor: "#1f5f8b" },
  row: { flexDirection: "row", borderBottom: "0.5pt solid #bbb", paddingVertical: 2 },
  cell: { flex: 1 },
  head: { fontFamily: "Helvetica-Bold" },
  footer: { position: "absolute", bottom: 24, left: 44, right: 44, fontSize: 8, color: "#555", flexDirection: "row", justifyContent: "space-between" },
});

const lines = (list, key) => list.map((line, i) => h(Text, { key: `${key}${i}` }, line));

/** Level per work area as bars on a fixed 0–4 scale. */
function bars(list, max) {
  return list.map((b, i) =>
    h(
      View,
      { key: `bar${i}`, style: styles.barRow, wrap: false },
      h(Text, { style: styles.barLabel }, b.label),
      h(View, { style: styles.track }, h(View, { style: [styles.bar, { width: Math.max(1, (b.value / max) * 200) }] })),
      h(Text, null, b.text),
    ),
  );
}

const table = (headers, rows) => [
  h(View, { key: "th", style: [styles.row, styles.head] }, ...headers.map((cell, i) => h(Text, { key: `h${i}`, style: styles.cell }, cell))),
  ...rows.map((row, r) => h(View, { key: `tr${r}`, style: styles.row, wrap: false }, ...row.map((cell, i) => h(Text, { key: `c${i}`, style: styles.cell }, cell)))),
];

function result(model) {
  return h(
    Document,
    { title: model.title, language: "sv" },
    h(
      Page,
      { size: "A4", style: styles.page },
      h(Text, { style: styles.org }, model.organisation),
      h(Text, { style: styles.h1 }, model.title),
      ...lines(model.meta, "m"),
      h(Text, { style: styles.level }, model.level),
      h(Text, { style: styles.h2 }, model.areasHeading),
      ...bars(model.areas, model.maxLevel),
      h(Text, { style: styles.h2 }, model.levelsHeading),
      ...table(model.levelHeaders, model.levels),
      h(Text, { style: styles.h2 }, model.factsHeading),
      ...lines(model.facts, "f"),
      h(View, { style: styles.footer, fixed: true }, h(Text, null, `${model.organisation} – ${model.title}`), h(Text, { render: ({ pageNumber, totalPages }) => `${model.pageLabel} ${pageNumber} (${totalPages})` })),
    ),
  );
}

const buffer = await renderToBuffer(result(workerData.model));
parentPort.postMessage(new Uint8Array(buffer));
