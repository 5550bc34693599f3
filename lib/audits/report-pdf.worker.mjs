// The report PDF worker (lib/audits/pdf.ts starts it): renders a plain description of the report
// with @react-pdf/renderer and posts back the bytes. A worker of its own because the server runs
// with the react-server condition, whose React lacks what react-pdf's reconciler needs; the worker
// is started without it. Plain JavaScript, loaded by Node from the source tree.
import { parentPort, workerData } from "node:worker_threads";
import { Document, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { createElement as h } from "react";

const styles = StyleSheet.create({
  page: { padding: 40, fontSize: 10, fontFamily: "Helvetica", lineHeight: 1.4 },
  h1: { fontSize: 18, marginBottom: 6, fontFamily: "Helvetica-Bold" },
  h2: { fontSize: 13, marginTop: 14, marginBottom: 4, fontFamily: "Helvetica-Bold" },
  field: { color: "#333", marginBottom: 2 },
  bold: { fontFamily: "Helvetica-Bold" },
  block: { marginTop: 6, paddingTop: 4, borderTop: "1pt solid #ccc" },
});

/** `{ label, value }` → "label: value"; fields without a value are left out. */
const fields = (list) => list.filter((f) => f.value).map((f, i) => h(Text, { key: `f${i}`, style: styles.field }, h(Text, { style: styles.bold }, `${f.label}: `), f.value));

/** model: { title, fields, sections: [{ heading, text?, fields, blocks: [{ heading, fields }] }] } */
function report(model) {
  const sections = model.sections.map((section, i) =>
    h(
      View,
      { key: `s${i}` },
      h(Text, { style: styles.h2 }, section.heading),
      section.text ? h(Text, null, section.text) : null,
      ...fields(section.fields ?? []),
      ...(section.blocks ?? []).map((block, j) => h(View, { key: `b${j}`, style: styles.block, wrap: false }, h(Text, { style: styles.bold }, block.heading), ...fields(block.fields))),
    ),
  );
  return h(Document, { title: model.title, language: "sv" }, h(Page, { size: "A4", style: styles.page }, h(Text, { style: styles.h1 }, model.title), ...fields(model.fields), ...sections));
}

const buffer = await renderToBuffer(report(workerData.model));
parentPort.postMessage(new Uint8Array(buffer));
