// The management review PDF worker (lib/management-reviews/pdf.ts starts it), on the pattern of
// lib/audits/report-pdf.worker.mjs: the server's react-server condition lacks what react-pdf's
// reconciler needs, so the document is rendered in a worker started without it. Plain JavaScript.
import { parentPort, workerData } from "node:worker_threads";
import { Document, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { createElement as h } from "react";
import { barChart } from "./review-pdf-charts.mjs";

const styles = StyleSheet.create({
  page: { paddingTop: 40, paddingBottom: 56, paddingHorizontal: 44, fontSize: 10, fontFamily: "Helvetica", lineHeight: 1.4 },
  org: { fontSize: 9, color: "#444", marginBottom: 4 },
  h1: { fontSize: 18, marginBottom: 8, fontFamily: "Helvetica-Bold" },
  h2: { fontSize: 12, marginTop: 14, marginBottom: 4, fontFamily: "Helvetica-Bold" },
  meta: { color: "#333" },
  comment: { marginTop: 4, paddingLeft: 6, borderLeft: "2pt solid #888", fontFamily: "Helvetica-Oblique" },
  footer: { position: "absolute", bottom: 24, left: 44, right: 44, fontSize: 8, color: "#555", flexDirection: "row", justifyContent: "space-between" },
});

const lines = (list, key) => list.map((line, i) => h(Text, { key: `${key}${i}` }, line));

function review(model) {
  const sections = model.sections.map((s, i) =>
    h(View, { key: `s${i}` }, h(Text, { style: styles.h2 }, s.heading), ...lines(s.lines, `l${i}-`), ...(s.charts ?? []).map((chart, c) => barChart(chart, `c${i}-${c}`)), s.comment ? h(Text, { style: styles.comment }, s.comment) : null),
  );
  return h(
    Document,
    { title: model.title, language: "sv" },
    h(
      Page,
      { size: "A4", style: styles.page },
      h(Text, { style: styles.org }, model.organisation),
      h(Text, { style: styles.h1 }, model.title),
      ...lines(model.meta, "m"),
      ...sections,
      h(Text, { style: styles.h2 }, model.decisionsHeading),
      ...lines(model.decisions, "d"),
      h(Text, { style: styles.h2 }, model.conclusionHeading),
      ...lines(model.conclusion, "c"),
      h(View, { style: styles.footer, fixed: true }, h(Text, null, `${model.organisation} – ${model.title}`), h(Text, { render: ({ pageNumber, totalPages }) => `${model.pageLabel} ${pageNumber} (${totalPages})` })),
    ),
  );
}

const buffer = await renderToBuffer(review(workerData.model));
parentPort.postMessage(new Uint8Array(buffer));
