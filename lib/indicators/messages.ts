import type { Localized } from "../i18n/locale";

// The indicators' names, keyed by indicator key. The API's `label` is the Swedish one (DESIGN §5);
// the UI shows the reader's language.
const sv = {
  "assets.classified_share": "Andel klassade informationstillgångar",
  "assets.org_units_covered_share": "Andel verksamheter med klassade tillgångar",
  "assets.review_current_share": "Andel klassningar omprövade inom intervallet",
  "assets.owner_assigned_share": "Andel tillgångar med informationsägare",
  "incidents.foreseen_share": "Andel incidenter som förutsetts i riskanalysen",
  "incidents.root_cause_share": "Andel avslutade incidenter med analyserad grundorsak",
  "incidents.repeat_share": "Andel incidenter som är upprepningar",
  "incidents.median_days_to_close": "Mediantid till avslut (dagar)",
  "incidents.obligations_on_time_share": "Andel rapporteringsskyldigheter fullgjorda i tid",
  "risks.assets_covered_share": "Andel informationstillgångar som omfattas av en genomförd riskanalys",
  "risks.treatment_decided_share": "Andel risker med beslutad behandling",
  "risks.accepted_documented_share": "Andel accepterade risker med dokumenterat beslut",
  "actions.risk_on_time_share": "Andel riskåtgärder genomförda i tid",
};

export type IndicatorKey = keyof typeof sv;

const en: Record<IndicatorKey, string> = {
  "assets.classified_share": "Share of information assets classified",
  "assets.org_units_covered_share": "Share of organisational units with classified assets",
  "assets.review_current_share": "Share of classifications reviewed within the interval",
  "assets.owner_assigned_share": "Share of assets with an information owner",
  "incidents.foreseen_share": "Share of incidents foreseen in the risk analysis",
  "incidents.root_cause_share": "Share of closed incidents with an analysed root cause",
  "incidents.repeat_share": "Share of incidents that are repeats",
  "incidents.median_days_to_close": "Median time to close (days)",
  "incidents.obligations_on_time_share": "Share of reporting obligations met on time",
  "risks.assets_covered_share": "Share of information assets covered by a completed risk analysis",
  "risks.treatment_decided_share": "Share of risks with a decided treatment",
  "risks.accepted_documented_share": "Share of accepted risks with a documented decision",
  "actions.risk_on_time_share": "Share of risk actions done on time",
};

export const indicatorLabels: Localized<Record<IndicatorKey, string>> = { sv, en };

/** An indicator's name in the reader's language (its key when a newer indicator has none yet). */
export function indicatorLabel(key: string, labels: Record<IndicatorKey, string>): string {
  return (labels as Record<string, string>)[key] ?? key;
}
