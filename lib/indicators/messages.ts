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
  "contracts.requirements_share": "Andel aktiva avtal där alla säkerhetskrav som klassningen utlöser finns med",
  "contracts.dpa_share": "Andel aktiva avtal med personuppgifter som har personuppgiftsbiträdesavtal",
  "suppliers.followed_up_share": "Andel kritiska leverantörer uppföljda inom intervallet",
  "procurements.security_involved_share": "Andel upphandlingar där informationssäkerhet deltog i kravställningen",
  "suppliers.third_country_basis_share": "Andel avtal med personuppgifter utanför EU/EES som har överföringsgrund",
  "training.staff_current_share": "Andel personal aktuell på sina obligatoriska utbildningar",
  "training.new_staff_on_time_share": "Andel nyanställda utbildade i tid",
  "training.units_covered_share": "Andel verksamheter där minst 80 % är aktuella",
  "surveys.areas_covered_share": "Andel av MSB:s fem kunskapsområden som kartlagts",
  "phishing.report_rate": "Rapporteringsfrekvens i senaste phishingövningen",
  "phishing.click_rate_change": "Förändring av klickfrekvens sedan första phishingövningen",
  "audits.performed_share": "Andel planerade revisioner som genomförts",
  "findings.plan_on_time_share": "Andel avvikelser med godkänd handlingsplan i tid",
  "findings.closed_verified_share": "Andel stängda avvikelser med verifierad effekt",
  "findings.escalated_open": "Eskalerade iakttagelser som inte stängts",
  "actions.on_time_share": "Andel åtgärder (alla register) genomförda i tid",
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
  "contracts.requirements_share": "Share of active contracts containing every security requirement their classification triggers",
  "contracts.dpa_share": "Share of active contracts with personal data that have a data processing agreement",
  "suppliers.followed_up_share": "Share of critical suppliers followed up within their interval",
  "procurements.security_involved_share": "Share of procurements where information security took part in the requirements",
  "suppliers.third_country_basis_share": "Share of contracts with personal data outside the EU/EEA that have a transfer basis",
  "training.staff_current_share": "Share of staff current on their mandatory trainings",
  "training.new_staff_on_time_share": "Share of new staff trained on time",
  "training.units_covered_share": "Share of units where at least 80 % are current",
  "surveys.areas_covered_share": "Share of MSB's five knowledge areas surveyed",
  "phishing.report_rate": "Report rate in the latest phishing exercise",
  "phishing.click_rate_change": "Change in click rate since the first phishing exercise",
  "audits.performed_share": "Share of planned audits performed",
  "findings.plan_on_time_share": "Share of nonconformities with an action plan accepted on time",
  "findings.closed_verified_share": "Share of closed nonconformities with a verified effect",
  "findings.escalated_open": "Escalated findings not yet closed",
  "actions.on_time_share": "Share of actions (every register) done on time",
};

export const indicatorLabels: Localized<Record<IndicatorKey, string>> = { sv, en };

/** An indicator's name in the reader's language (its key when a newer indicator has none yet). */
export function indicatorLabel(key: string, labels: Record<IndicatorKey, string>): string {
  return (labels as Record<string, string>)[key] ?? key;
}
