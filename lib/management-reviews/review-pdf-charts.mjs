// Bar charts for the management review PDF, drawn as vector images with react-pdf's Svg primitives.
// The model (lib/management-reviews/report.ts, ReportChart) brings labels and value texts already
// worded in Swedish; this only draws. Plain JavaScript: the PDF worker imports it.
import { Line, Rect, Svg, Text, View } from "@react-pdf/renderer";
import { createElement as h } from "react";

const WIDTH = 500;
const LABEL_WIDTH = 205;
const VALUE_WIDTH = 62;
const ROW = 13;
const AXIS = 14;
const NOW = "#1f5f8b";
const BEFORE = "#9bb8cc";
const GRID = "#c8c8c8";
const font = { fontSize: 7, fontFamily: "Helvetica" };

// Svg text does not wrap: a long indicator name is cut to what fits beside the bars.
const fit = (label, max = 55) => (label.length > max ? `${label.slice(0, max - 1)}…` : label);

/** One chart: a bar per row (and a paler one for the previous period when given), a scale below. */
export function barChart(chart, key) {
  const trend = chart.bars.some((bar) => bar.previous !== undefined);
  const plot = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const x = (value) => LABEL_WIDTH + (Math.min(Math.max(value, 0), chart.max) / chart.max) * plot;
  const height = chart.bars.length * ROW + AXIS + (trend ? 12 : 0);
  const bottom = chart.bars.length * ROW;
  const parts = [];
  chart.ticks.forEach((tick, i) => {
    parts.push(h(Line, { key: `g${i}`, x1: x(tick.value), x2: x(tick.value), y1: 0, y2: bottom, stroke: GRID, strokeWidth: 0.5 }));
    parts.push(h(Text, { key: `t${i}`, x: x(tick.value), y: bottom + 9, textAnchor: "middle", fill: "#444", style: font }, tick.label));
  });
  chart.bars.forEach((bar, i) => {
    const top = i * ROW;
    parts.push(h(Text, { key: `l${i}`, x: 0, y: top + 8, fill: "#111", style: font }, fit(bar.label)));
    if (bar.value !== null) parts.push(h(Rect, { key: `b${i}`, x: LABEL_WIDTH, y: top + 2, width: Math.max(0.5, x(bar.value) - LABEL_WIDTH), height: trend ? 5 : 8, fill: NOW }));
    if (trend && bar.previous !== null && bar.previous !== undefined)
      parts.push(h(Rect, { key: `p${i}`, x: LABEL_WIDTH, y: top + 7.5, width: Math.max(0.5, x(bar.previous) - LABEL_WIDTH), height: 3, fill: BEFORE }));
    parts.push(h(Text, { key: `v${i}`, x: WIDTH - VALUE_WIDTH + 4, y: top + 8, fill: "#111", style: font }, bar.text));
  });
  parts.push(h(Line, { key: "axis", x1: LABEL_WIDTH, x2: LABEL_WIDTH, y1: 0, y2: bottom, stroke: "#333", strokeWidth: 0.75 }));
  if (trend && chart.legend) {
    const y = bottom + AXIS + 6;
    parts.push(h(Rect, { key: "ln", x: LABEL_WIDTH, y: y - 5, width: 8, height: 5, fill: NOW }), h(Text, { key: "lnt", x: LABEL_WIDTH + 11, y, fill: "#111", style: font }, chart.legend.value));
    parts.push(h(Rect, { key: "lp", x: LABEL_WIDTH + 90, y: y - 4, width: 8, height: 3, fill: BEFORE }), h(Text, { key: "lpt", x: LABEL_WIDTH + 101, y, fill: "#111", style: font }, chart.legend.previous));
  }
  return h(
    View,
    { key, wrap: false, style: { marginTop: 6, marginBottom: 4 } },
    h(Text, { style: { fontSize: 9, fontFamily: "Helvetica-Bold", marginBottom: 3 } }, chart.title),
    h(Svg, { width: WIDTH, height, viewBox: `0 0 ${WIDTH} ${height}` }, ...parts),
  );
}
