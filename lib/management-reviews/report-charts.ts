import { formatNumber, formatPercent } from "../format";
import { indicatorLabel, indicatorLabels } from "../indicators/messages";
import { MSB_LEVELS } from "../maturity/msb-model";
import { perspectiveNames } from "../maturity/perspective-names";
import { riskMessages } from "../risks/messages";
import type { RiskBand } from "../risks/schema";
import { managementReviewMessages } from "./messages";
import type { Sections } from "./schema";

// The report is Swedish (see report.ts); the charts' words and figures are too.
const t = managementReviewMessages.sv.charts;

/** A bar chart as plain data for the PDF worker (review-pdf-charts.mjs draws it with Svg). */
export interface ReportChart {
  title: string;
  /** The top of the scale; bars are drawn from 0. */
  max: number;
  ticks: { value: number; label: string }[];
  /** `previous` (the previous period) makes the chart show the trend; `text` is the value printed beside the bar. */
  bars: { label: string; value: number | null; previous?: number | null; text: string }[];
  legend?: { value: string; previous: string };
}

const percentTicks = [0, 0.25, 0.5, 0.75, 1].map((value) => ({ value, label: formatPercent(value) }));

/** (d): every share indicator against the previous period, the latest maturity dialogue's and follow-up questionnaire's levels. */
export function performanceCharts(d: Sections["d"]): ReportChart[] {
  const shares = d.indicators.filter((item) => item.unit === "share" && (item.value !== null || item.previous !== null));
  const charts: ReportChart[] = [];
  if (shares.length)
    charts.push({
      title: t.indicators,
      max: 1,
      ticks: percentTicks,
      bars: shares.map((item) => ({ label: `${perspectiveNames.sv[item.perspective]}: ${indicatorLabel(item.key, indicatorLabels.sv)}`, value: item.value, previous: item.previous, text: `${formatPercent(item.value)} (${formatPercent(item.previous)})` })),
      legend: { value: t.value, previous: t.previous },
    });
  if (d.maturity)
    charts.push({
      title: t.maturity,
      max: MSB_LEVELS[MSB_LEVELS.length - 1],
      ticks: [0, ...MSB_LEVELS].map((value) => ({ value, label: String(value) })),
      bars: d.maturity.levels.map((level) => ({ label: perspectiveNames.sv[level.perspective], value: level.level, text: level.level === null ? "–" : String(level.level) })),
    });
  if (d.questionnaire?.areas?.length)
    charts.push({
      title: t.questionnaire,
      max: MSB_LEVELS[MSB_LEVELS.length - 1],
      ticks: [0, ...MSB_LEVELS].map((value) => ({ value, label: String(value) })),
      bars: d.questionnaire.areas.map((area) => ({ label: area.name, value: area.level, text: String(area.level) })),
    });
  return charts;
}

/** (f): the open risks per band. */
export function riskChart(byBand: Record<string, number>): ReportChart {
  const max = Math.max(1, ...Object.values(byBand));
  const step = Math.max(1, Math.ceil(max / 4));
  return {
    title: t.riskBands,
    max: step * 4,
    ticks: [0, 1, 2, 3, 4].map((i) => ({ value: i * step, label: formatNumber(i * step) })),
    bars: Object.entries(byBand).map(([band, value]) => ({ label: riskMessages.sv.bands[band as RiskBand], value, text: formatNumber(value) })),
  };
}
