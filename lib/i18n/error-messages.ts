import type { ErrorParams } from "../errors";
import { auditMessages } from "../audits/messages";
import { incidentMessages } from "../incidents/messages";
import type { IncidentStatus, ObligationKind } from "../incidents/schema";
import { acceptanceDeniedText, riskMessages } from "../risks/messages";
import type { RiskBand } from "../risks/schema";
import type { AcceptanceDecider } from "../risks/settings-schema";
import type { Locale } from "./locale";

// How the UI words each error `code` the API answers (DESIGN §5), in both languages. The API's own
// `message` stays Swedish; `params` carry what a wording needs (counts, keys the UI labels itself).

type Wording = (params: ErrorParams) => string;
type Texts = Record<string, Wording>;

const list = (params: ErrorParams, key: string): string[] => {
  const value = params[key];
  return Array.isArray(value) ? value : [];
};
const text = (params: ErrorParams, key: string): string => {
  const value = params[key];
  return typeof value === "string" || typeof value === "number" ? String(value) : "";
};

/** A 403 on an acceptance names who may decide (lib/risks/rules.ts); any other 403 is the role's. */
const forbiddenText = (locale: Locale, plain: string): Wording => (params) =>
  params.band
    ? acceptanceDeniedText(riskMessages[locale], text(params, "band") as RiskBand, list(params, "deciders") as AcceptanceDecider[])
    : plain;

const kinds = (locale: Locale, params: ErrorParams) =>
  list(params, "kinds").map((kind) => incidentMessages[locale].obligationKind[kind as ObligationKind] ?? kind).join("; ");
const status = (locale: Locale, value: string) => incidentMessages[locale].status[value as IncidentStatus] ?? value;
const auditStatus = (locale: Locale, value: string) => (auditMessages[locale].auditStatus as Record<string, string>)[value] ?? value;
const findingStatus = (locale: Locale, value: string) => (auditMessages[locale].findingStatus as Record<string, string>)[value] ?? value;
const moved = (p: ErrorParams, label: (value: string) => string) => ({ from: label(text(p, "from")), to: label(text(p, "to")), allowed: list(p, "allowed").map(label).join(", ") });

const sv = {
  validation_error: () => "Kontrollera uppgifterna och försök igen.",
  unauthorized: () => "Inloggning krävs. Logga in igen.",
  forbidden: forbiddenText("sv", "Din roll får inte göra detta."),
  not_found: () => "Posten finns inte.",
  conflict: () => "Posten har ändrats av någon annan. Läs in den igen och gör om ändringen.",
  duplicate: () => "Det finns redan en post med samma värde.",
  payload_too_large: () => "Förfrågan eller filen är för stor.",
  too_many_requests: () => "För många försök. Vänta en stund och försök igen.",
  csrf: () => "Ändringen kom inte från appens egen webbplats. Ladda om sidan och försök igen.",
  unsupported_media_type: () => "Förfrågan har ett format som inte stöds.",
  internal: () => "Ett internt fel uppstod. Försök igen.",
  obligations_open: (p) => `Incidenten kan inte avslutas förrän varje rapporteringsskyldighet är rapporterad eller bedömd: ${kinds("sv", p)}.`,
  root_cause_required: () => "En incident med allvarlighetsgrad 3 eller 4 kan inte avslutas utan grundorsak.",
  already_closed: () => "Incidenten är redan avslutad. Återöppna den först om något ska ändras.",
  obligation_not_applicable: () => "Skyldigheten gäller inte denna incident.",
  motivation_required: () => "Ange en motivering.",
  status_move: (p) =>
    `Status kan inte ändras från ${status("sv", text(p, "from"))} till ${status("sv", text(p, "to"))}. Tillåtna: ${list(p, "allowed").map((s) => status("sv", s)).join(", ")}.`,
  already_foreseen: () => "Incidenten förutsågs redan av en risk i riskanalysen; länka eller uppdatera den risken i stället.",
  residual_incomplete: () => "Ange både sannolikhet och konsekvens efter behandling.",
  acceptance_renewal_required: () => "Risknivån har höjts: ett nytt beslut om acceptans krävs.",
  accept_treatment_required: () => "Ett beslut om acceptans kräver behandlingen acceptera.",
  acceptance_awaiting: () => "Beslutet väntar på att beslutsfattaren bekräftar det.",
  acceptance_not_proposable: () => "Risken är redan accepterad, föreslagen för acceptans eller stängd.",
  acceptance_not_pending: () => "Inget förslag om acceptans väntar på beslut. Läs in sidan igen.",
  has_actions: (p) => `Posten har ${text(p, "count")} åtgärd(er) och kan inte tas bort. Avsluta eller stäng den i stället.`,
  not_classified: () => "Tillgången är inte klassad. Klassa alla aspekter först.",
  unit_has_assets: () => "Enheten har informationstillgångar. Flytta dem först.",
  own_admin_role: () => "Du kan inte ta bort din egen administratörsroll.",
  self_removal: () => "Du kan inte ta bort dig själv.",
  already_member: () => "Användaren finns redan i organisationen.",
  wrong_password: () => "Det nuvarande lösenordet stämmer inte.",
  follow_up_not_questionnaire: () => "Bara en uppföljning med metoden enkät kan skickas som länk till leverantören.",
  questionnaire_answered: () => "Enkäten är redan besvarad. Tack för era svar!",
  invitation_expired: () => "Inbjudan har gått ut. Be organisationens administratör om en ny inbjudan.",
  invitation_used: () => "Inbjudan har redan använts. Logga in för att komma åt organisationen.",
  account_exists: () => "Det finns redan ett konto med den här e-postadressen. Logga in med det för att acceptera inbjudan.",
  audit_status_move: (p) => {
    const m = moved(p, (v) => auditStatus("sv", v));
    return `Revisionen kan inte gå från ${m.from} till ${m.to}. Tillåtna: ${m.allowed || "inga"}.`;
  },
  reason_required: () => "Ange ett skäl för att skjuta upp eller ställa in revisionen.",
  report_required: () => "Utfärda revisionsrapporten först.",
  not_reportable: () => "Rapporten utfärdas när revisionen är genomförd.",
  review_closed: () => "Genomgången är avslutad och undertecknad och kan inte längre ändras.",
  review_not_held: () => "Markera genomgången som genomförd innan den undertecknas.",
  conclusion_required: () => "Ange ledningens slutsats (lämplighet, tillräcklighet och effektivitet) innan genomgången undertecknas.",
  review_period: () => "Perioden måste börja innan den slutar.",
  review_period_frozen: () => "Perioden kan inte ändras när genomgången är genomförd.",
  finding_status_move: (p) => {
    const m = moved(p, (v) => findingStatus("sv", v));
    return `Iakttagelsen kan inte gå från ${m.from} till ${m.to}. Tillåtna: ${m.allowed || "inga"}.`;
  },
  action_plan_required: () => "Skriv en handlingsplan innan den skickas in.",
  finding_closed: () => "Iakttagelsen är stängd.",
  not_implemented: () => "Effektiviteten kontrolleras när åtgärderna är genomförda.",
  attachment_too_large: (p) => `Filen ${text(p, "name")} är större än ${text(p, "maxMb")} MB.`,
  attachment_type_refused: (p) =>
    `Filen ${text(p, "name")} är inte en tillåten filtyp. Tillåtna är PDF, Office- och OpenDocument-filer, bilder, text, CSV och e-post – typen avgörs av innehållet, inte av namnet.`,
  notification_required: () => "Påminnelser om rapporteringsskyldigheter kan inte stängas av för informationssäkerhetssamordnare och handläggare.",
  response_submitted: () => "Mätningen är inskickad och kan inte ändras. Påbörja en ny mätning för att svara igen.",
  indicator_records_unavailable: () => "Posterna bakom denna indikator kan inte listas (den är ett värde, inte en andel av poster).",
} satisfies Texts;

export type ErrorCode = keyof typeof sv;

const en: Record<ErrorCode, Wording> = {
  validation_error: () => "Check the details and try again.",
  unauthorized: () => "You need to sign in. Sign in again.",
  forbidden: forbiddenText("en", "Your role may not do this."),
  not_found: () => "The record does not exist.",
  conflict: () => "Someone else has changed the record. Reload it and make your change again.",
  duplicate: () => "A record with the same value already exists.",
  payload_too_large: () => "The request or file is too large.",
  too_many_requests: () => "Too many attempts. Wait a moment and try again.",
  csrf: () => "The change did not come from the app's own site. Reload the page and try again.",
  unsupported_media_type: () => "The request has a format that is not supported.",
  internal: () => "An internal error occurred. Try again.",
  obligations_open: (p) => `The incident cannot be closed until every reporting obligation is reported or assessed: ${kinds("en", p)}.`,
  root_cause_required: () => "An incident of severity 3 or 4 cannot be closed without a root cause.",
  already_closed: () => "The incident is already closed. Reopen it first to change anything.",
  obligation_not_applicable: () => "The obligation does not apply to this incident.",
  motivation_required: () => "Give a justification.",
  status_move: (p) =>
    `The status cannot change from ${status("en", text(p, "from"))} to ${status("en", text(p, "to"))}. Allowed: ${list(p, "allowed").map((s) => status("en", s)).join(", ")}.`,
  already_foreseen: () => "A risk in the risk analysis already foresaw the incident; link or update that risk instead.",
  residual_incomplete: () => "Give both likelihood and consequence after treatment.",
  acceptance_renewal_required: () => "The risk level has risen: a new acceptance decision is needed.",
  accept_treatment_required: () => "An acceptance decision needs the treatment accept.",
  acceptance_awaiting: () => "The decision is waiting for the decider to confirm it.",
  acceptance_not_proposable: () => "The risk is already accepted, proposed for acceptance or closed.",
  acceptance_not_pending: () => "No acceptance proposal is waiting for a decision. Reload the page.",
  has_actions: (p) => `The record has ${text(p, "count")} action(s) and cannot be deleted. Complete or close it instead.`,
  not_classified: () => "The asset is not classified. Classify every aspect first.",
  unit_has_assets: () => "The unit has information assets. Move them first.",
  own_admin_role: () => "You cannot remove your own administrator role.",
  self_removal: () => "You cannot remove yourself.",
  already_member: () => "The user is already a member of the organisation.",
  wrong_password: () => "The current password is not correct.",
  follow_up_not_questionnaire: () => "Only a follow-up with the method questionnaire can be sent to the supplier as a link.",
  questionnaire_answered: () => "The questionnaire has already been answered. Thank you for your answers!",
  invitation_expired: () => "The invitation has expired. Ask the organisation's administrator for a new one.",
  invitation_used: () => "The invitation has already been used. Sign in to reach the organisation.",
  account_exists: () => "An account with this e-mail address already exists. Sign in with it to accept the invitation.",
  audit_status_move: (p) => {
    const m = moved(p, (v) => auditStatus("en", v));
    return `The audit cannot move from ${m.from} to ${m.to}. Allowed: ${m.allowed || "none"}.`;
  },
  reason_required: () => "Give a reason for postponing or cancelling the audit.",
  report_required: () => "Issue the audit report first.",
  not_reportable: () => "The report is issued once the audit has been performed.",
  review_closed: () => "The review is closed and signed off and can no longer be changed.",
  review_not_held: () => "Mark the review as held before signing it off.",
  conclusion_required: () => "Record management's conclusion (suitability, adequacy and effectiveness) before signing off.",
  review_period: () => "The period must start before it ends.",
  review_period_frozen: () => "The period cannot change once the review is held.",
  finding_status_move: (p) => {
    const m = moved(p, (v) => findingStatus("en", v));
    return `The finding cannot move from ${m.from} to ${m.to}. Allowed: ${m.allowed || "none"}.`;
  },
  action_plan_required: () => "Write an action plan before submitting it.",
  finding_closed: () => "The finding is closed.",
  not_implemented: () => "Effectiveness is checked once the actions are implemented.",
  attachment_too_large: (p) => `The file ${text(p, "name")} is larger than ${text(p, "maxMb")} MB.`,
  attachment_type_refused: (p) =>
    `The file ${text(p, "name")} is not an allowed file type. Allowed are PDF, Office and OpenDocument files, images, text, CSV and e-mail – the type is decided by the content, not the name.`,
  notification_required: () => "Reminders of reporting obligations cannot be turned off for the information security coordinator or the handler.",
  response_submitted: () => "The measurement has been submitted and cannot be changed. Start a new measurement to answer again.",
  indicator_records_unavailable: () => "The records behind this indicator cannot be listed (it is a value, not a share of records).",
};

export const errorTexts: Record<Locale, Record<ErrorCode, Wording>> = { sv, en };
