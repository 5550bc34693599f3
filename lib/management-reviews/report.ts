import { formatDate, formatNumber, formatPercent } from "../format";
import { indicatorLabel, indicatorLabels } from "../indicators/messages";
import type { IndicatorView } from "../indicators/schema";
import { perspectiveNames } from "../maturity/perspective-names";
import { actionStatusLabel } from "./labels";
import { performanceCharts, riskChart, type ReportChart } from "./report-charts";
import { managementReviewMessages } from "./messages";
import { SECTION_KEYS, type ReviewView, type SectionKey } from "./schema";

// The report is the organisation's own record, sent to the board: Swedish.
const t = managementReviewMessages.sv;

export interface ReportSection {
  heading: string;
  lines: string[];
  charts?: ReportChart[];
  comment: string | null;
}
export interface ReportModel {
  title: string;
  organisation: string;
  meta: string[];
  sections: ReportSection[];
  decisionsHeading: string;
  decisions: string[];
  conclusionHeading: string;
  conclusion: string[];
  pageLabel: string;
}

export const indicatorValue = (item: Pick<IndicatorView, "unit">, value: number | null) =>
  item.unit === "share" ? formatPercent(value) : item.unit === "days" ? `${formatNumber(value)} d` : formatNumber(value);

const list = (rows: { title: string }[]) => (rows.length ? rows.map((row) => `• ${row.title}`) : [t.none]);

function sectionLines(review: ReviewView, key: SectionKey): Pick<ReportSection, "lines" | "charts"> {
  const s = review.sections;
  if (!s || key === "b" || key === "c" || key === "e") return { lines: [] };
  if (key === "a")
    return {
      lines: [
        `${t.previousReview}: ${s.a.previousReview?.title ?? t.noPrevious}`,
        ...s.a.decisions.map((d) => `• ${t.kinds[d.kind]}: ${d.text}${d.action ? ` — ${t.action}: ${actionStatusLabel("sv", d.action.status)}${d.action.dueAt ? `, ${formatDate(d.action.dueAt)}` : ""}` : ""}`),
      ],
    };
  if (key === "d")
    return {
      lines: [
        t.indicators,
        ...s.d.indicators.map((i) => `• ${perspectiveNames.sv[i.perspective]} – ${indicatorLabel(i.key, indicatorLabels.sv)}: ${indicatorValue(i, i.value)} (${indicatorValue(i, i.previous)})`),
        `${t.incidents}: ${s.d.incidents.reported} ${t.incidentsReported}, ${s.d.incidents.closed} ${t.incidentsClosed}`,
        `${t.nonconformities}: ${s.d.nonconformities.open.length}; ${t.nonconformitiesClosed.toLowerCase()}: ${s.d.nonconformities.closedInPeriod}`,
        t.audits,
        ...list(s.d.audits),
        `${t.maturity}: ${s.d.maturity ? `${s.d.maturity.title} (${formatDate(s.d.maturity.heldAt)}) – ${s.d.maturity.levels.map((l) => `${perspectiveNames.sv[l.perspective]} ${l.level ?? "–"}`).join(", ")}` : t.none}`,
        `${t.questionnaire}: ${s.d.questionnaire ? `${s.d.questionnaire.title} (${formatDate(s.d.questionnaire.submittedAt)})${typeof s.d.questionnaire.level === "number" ? ` – ${t.questionnaireLevel} ${s.d.questionnaire.level}` : ""}` : t.none}`,
        t.objectives,
        ...(s.d.objectives.length ? s.d.objectives.map((o) => `• ${o.title}: ${o.unit ? indicatorValue({ unit: o.unit as IndicatorView["unit"] }, o.current) : "–"} / ${o.unit ? indicatorValue({ unit: o.unit as IndicatorView["unit"] }, o.target) : (o.target ?? "–")}${o.dueAt ? `, ${formatDate(o.dueAt)}` : ""}`) : [t.none]),
      ],
      charts: performanceCharts(s.d),
    };
  if (key === "f")
    return {
      lines: [t.aboveAcceptance, ...list(s.f.aboveAcceptance), `${t.treatmentOverdue}: ${s.f.treatmentOverdue}`],
      charts: [riskChart(s.f.byBand)],
    };
  return { lines: [t.improvements, ...list(s.g.improvements), `${t.openActions}: ${s.g.openActions}`, `${t.overdueActions}: ${s.g.overdueActions}`] };
}

/** The review as plain data for the PDF worker. */
export function reportModel(review: ReviewView, organisation: string): ReportModel {
  const c = review.conclusion;
  return {
    title: review.title,
    organisation,
    meta: [
      `${t.organisation}: ${organisation}`,
      `${t.period}: ${formatDate(review.periodFrom)} – ${formatDate(review.periodTo)}`,
      `${t.fields.heldAt}: ${formatDate(review.heldAt)}`,
      `${t.fields.status}: ${t.status[review.status]}`,
      `${t.fields.participants}: ${review.participants.join(", ") || "–"}`,
      ...(review.signedOffAt ? [`${t.signedOff}: ${review.signedOffByName ?? ""} ${formatDate(review.signedOffAt)}`] : []),
    ],
    sections: SECTION_KEYS.map((key) => ({ heading: t.sections[key], ...sectionLines(review, key), comment: review.comments[key] ?? null })),
    decisionsHeading: t.decisions,
    conclusionHeading: t.conclusion,
    decisions: review.decisions.length ? review.decisions.map((d) => `• ${t.kinds[d.kind]}: ${d.text}${d.action ? ` (${t.action}: ${d.action.title})` : ""}`) : [t.noDecisions],
    conclusion: c
      ? [`${t.suitability} ${t.judgements[c.suitability]}`, `${t.adequacy} ${t.judgements[c.adequacy]}`, `${t.effectiveness} ${t.judgements[c.effectiveness]}`, ...(c.comment ? [c.comment] : [])]
      : ["–"],
    pageLabel: t.page,
  };
}
