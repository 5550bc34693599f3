import { randomUUID } from "node:crypto";
import path from "node:path";
import { routeKey, type RouteSpec } from "../lib/api/route";
import { ROUTES } from "../lib/openapi/routes";
import type { Route } from "./http";
import { assessmentBody } from "./maturity-factories";

const id = randomUUID();
const text = (label: string) => `${label} text`;
const day = "2026-01-10";
const at = "2026-01-10T08:00:00.000Z";

const orgUnitBody = { name: text("Enhet"), code: "E1", description: text("Beskrivning"), parentId: id };
const motivations = { confidentiality: text("K"), integrity: text("R"), availability: text("T"), traceability: text("S") };
const assetBody = {
  name: text("Tillgång"),
  description: text("Beskrivning"),
  orgUnitId: id,
  ownerId: id,
  kind: "system",
  confidentiality: 1,
  integrity: 1,
  availability: 1,
  traceability: 1,
  personalData: false,
  sensitivePersonalData: false,
  legalRequirements: text("Lagkrav"),
  holdsIds: [id],
  motivations,
};
const requirementBody = { code: "K1", title: text("Krav"), description: text("Beskrivning"), category: "technical", aspect: "confidentiality", minLevel: 2 };
const actionBody = { title: text("Åtgärd"), description: text("Beskrivning"), ownerId: id, dueAt: day, status: "planned", completedAt: day, effectNote: text("Effekt") };
const analysisBody = { title: text("Analys"), scope: text("Omfattning"), method: text("Metod"), orgUnitId: id, performedAt: day, participants: [text("Deltagare")], status: "ongoing", assetIds: [id] };
const riskBody = {
  title: text("Risk"),
  cause: text("Orsak"),
  event: text("Händelse"),
  consequenceText: text("Konsekvens"),
  analysisId: id,
  assetIds: [id],
  identifiedAt: day,
  likelihood: 2,
  consequence: 2,
  ownerId: id,
  treatment: "accept",
  residualLikelihood: 1,
  residualConsequence: 1,
  acceptance: { decidedById: id, decidedAt: day, motivation: text("Motivering") },
  status: "open",
  reviewDueAt: "2027-01-10",
};
const reportBody = {
  title: text("Incident"),
  description: text("Beskrivning"),
  occurredAt: at,
  occurredApproximate: false,
  detectedAt: at,
  assetIds: [id],
  personalData: "no",
  categories: ["attack"],
  contact: text("Kontakt"),
};
const supplierBody = {
  name: text("Leverantör"),
  orgNumber: "556036-0793",
  country: "SE",
  category: "saas",
  contactName: text("Kontakt"),
  contactEmail: "kontakt@leverantor.se",
  contactPhone: text("Telefon"),
  ownerId: id,
  status: "active",
  certifications: [{ standard: text("ISO/IEC 27001"), validUntil: day }],
  parentSupplierId: id,
  notes: text("Anteckning"),
  criticalityOverride: 2,
  criticalityMotivation: text("Motivering"),
};
const agreement = { signedAt: day, reference: text("Diarienummer") };
const contractBody = {
  supplierId: id,
  title: text("Avtal"),
  reference: text("Dnr"),
  orgUnitId: id,
  ownerId: id,
  status: "active",
  startsAt: day,
  endsAt: "2028-01-10",
  noticeMonths: 6,
  autoRenewal: true,
  assetIds: [id],
  dpa: agreement,
  securityProtectionAgreement: agreement,
  thirdCountryBasis: text("Standardavtalsklausuler"),
  procurementSteps: [{ step: "requirements", involved: true, who: text("Samordnare"), at: day, note: text("Notering") }],
};
const followUpBody = { contractId: id, performedAt: day, method: "document_review", result: "approved_with_remarks", summary: text("Sammanfattning") };
const handling = { severity: 2, handlerId: id, status: "triaged", riskIds: [id] };
const outcome = { reportedAt: at, reference: "CERT-1", notReportable: false, motivation: text("Motivering") };
const level = (value: number) => ({ value, name: text(`Nivå ${value}`), criteria: motivations, securityProtection: false });
const sessionBody = assessmentBody({
  entries: [{ perspective: "kompetens", level: 2, aspectNotes: { arbetssatt: text("Arbetssätt") }, reasons: [text("Skäl")], evidence: [{ type: "asset", id, label: text("Bevis") }] }],
  proposals: [{ id, perspective: "kompetens", what: text("Förslag"), how: text("Hur"), who: text("Vem"), horizon: "0-6" }],
});

const programmeBody = { title: text("Revisionsprogram"), periodFrom: day, periodTo: "2026-12-31", ownerId: id };
const auditBody = {
  title: text("Revision"),
  area: text("Område"),
  perspective: "uppfoljning",
  orgUnitIds: [id],
  criteria: text("Kriterier"),
  criteriaRefs: [text("ISO/IEC 27001 A.5.15")],
  plannedMonth: "2026-03",
  leadAuditorId: id,
  auditorIds: [id],
  auditees: [text("Intervjuad")],
  interviews: [{ at, who: text("Vem"), topic: text("Ämne") }],
};
const findingBody = { type: "minor_nonconformity", title: text("Iakttagelse"), description: text("Beskrivning"), criterion: text("Krav"), evidence: text("Bevis"), orgUnitId: id, responsibleId: id, responseDueAt: day };

const personBody = {
  name: text("Person"),
  email: "person@test.se",
  employeeNumber: text("Anställningsnummer"),
  orgUnitId: id,
  targetGroups: ["managers"],
  startedAt: day,
  endedAt: "2027-01-10",
  userId: id,
};
const trainingBody = {
  title: text("Utbildning"),
  description: text("Beskrivning"),
  kind: "e_learning",
  targetGroups: ["all_staff"],
  mandatory: true,
  recurrenceMonths: 12,
  newStaffWithinDays: 30,
  knowledgeAreas: ["rules"],
  ownerId: id,
  status: "active",
};
const surveyBody = {
  title: text("Kartläggning"),
  conductedAt: day,
  method: "questionnaire",
  areas: ["rules"],
  orgUnitIds: [id],
  invited: 10,
  responded: 8,
  results: [{ area: "rules", score: 70 }],
};
const answers = [
  {
    questionCode: "q1",
    optionKeys: ["ja"],
    certain: true,
    note: text("Notering"),
    evidence: [{ type: "asset", id, label: text("Bevis") }],
    prefill: { indicator: "risks.treatment_decided_share", value: 0.5, numerator: 1, denominator: 2 },
  },
];
const questionSetBody = {
  title: text("Frågeuppsättning"),
  source: text("Källa"),
  areas: [{ key: "styrning", name: text("Styrning") }],
  uncertainLimits: [0.1, 0.1, 0.1, 0.1],
  questions: [
    {
      code: "q1",
      level: 1,
      areas: ["styrning"],
      text: text("Fråga"),
      comment: text("Kommentar"),
      answerType: "single",
      maxPoints: 1,
      options: [
        { key: "ja", label: text("Ja"), points: 1 },
        { key: "nej", label: text("Nej"), points: 0 },
      ],
      prefill: { indicator: "risks.treatment_decided_share", ranges: [{ min: 0, max: 1, optionKey: "ja" }] },
      source: "own",
    },
  ],
};
const questionnaire = { id, rid: id };
const reviewBody = { title: text("Genomgång"), periodFrom: "2025-01-01", periodTo: day, heldAt: day, participants: [text("Deltagare")] };

interface Sample {
  params?: Record<string, string>;
  body: Record<string, unknown>;
}

/**
 * Per write route of the route table (lib/openapi/routes.ts): a body valid in shape with every
 * field of the schema set (the ids need not exist: the body is refused first) and the path's values.
 */
const SAMPLES: Record<string, Sample> = {
  "POST /api/v1/actions": { body: { ...actionBody, source: { type: "risk", id } } },
  "PATCH /api/v1/actions/{id}": { params: { id }, body: { ...actionBody, version: 1 } },
  "POST /api/v1/assets": { body: assetBody },
  "PATCH /api/v1/assets/{id}": { params: { id }, body: { ...assetBody, version: 1 } },
  "PUT /api/v1/assets/{id}/requirements": { body: { items: [{ requirementId: id, status: "partly", note: text("Notering") }] } },
  "PUT /api/v1/assets/{id}/requirements/{requirementId}": { params: { id, requirementId: id }, body: { status: "met", note: text("Notering") } },
  "POST /api/v1/assets/{id}/review": { params: { id }, body: { version: 1 } },
  "PUT /api/v1/classification-model": { body: { levels: [level(0), level(1)], traceabilityEnabled: true, traceabilityRequired: false, reviewIntervalMonths: 12, version: 1 } },
  "POST /api/v1/incidents": { body: { ...reportBody, ...handling } },
  "PATCH /api/v1/incidents/{id}": {
    params: { id },
    body: { ...reportBody, ...handling, impact: { confidentiality: true, integrity: false, availability: false, traceability: false }, rootCause: text("Orsak"), lessonsLearned: text("Lärdom"), repeatOfId: id, obligations: [{ kind: "gdpr_imy", ...outcome }], version: 1 },
  },
  "POST /api/v1/incidents/{id}/close": {
    params: { id },
    body: { rootCause: text("Orsak"), lessonsLearned: text("Lärdom"), obligations: [{ kind: "nis2_final_report", ...outcome }], version: 1 },
  },
  "PATCH /api/v1/incidents/{id}/obligations/{kind}": { params: { id, kind: "gdpr_imy" }, body: { ...outcome, version: 1 } },
  "POST /api/v1/invitations/accept": { body: { token: "a".repeat(32) } },
  "POST /api/v1/invitations/register": { body: { token: "a".repeat(32), name: text("Namn"), password: "lösenord-123" } },
  "POST /api/v1/maturity-assessments": { body: sessionBody },
  "PATCH /api/v1/maturity-assessments/{id}": { params: { id }, body: { ...sessionBody, version: 1 } },
  "POST /api/v1/maturity-assessments/{id}/proposals/{proposalId}/action": { params: { id, proposalId: id }, body: { ownerId: id } },
  "PATCH /api/v1/me": { body: { name: text("Namn"), version: 1 } },
  "POST /api/v1/me/organization": { body: { organizationId: id } },
  "POST /api/v1/me/password": { body: { currentPassword: "gammalt-lösen", newPassword: "nytt-lösenord-1" } },
  "PUT /api/v1/me/notification-preferences": { body: { items: [{ kind: "action_due", frequency: "weekly" }] } },
  "POST /api/v1/people": { body: personBody },
  "PATCH /api/v1/people/{id}": { params: { id }, body: { ...personBody, version: 1 } },
  "POST /api/v1/trainings": { body: trainingBody },
  "PATCH /api/v1/trainings/{id}": { params: { id }, body: { ...trainingBody, version: 1 } },
  "POST /api/v1/trainings/{id}/phishing-rounds": {
    params: { id },
    body: { sentAt: day, recipients: 10, clicked: 2, reported: 5, byUnit: [{ orgUnitId: id, recipients: 10, clicked: 2, reported: 5 }] },
  },
  "POST /api/v1/training-records": { body: { personId: id, trainingId: id, completedAt: day, score: 90, passed: true, source: "api" } },
  "POST /api/v1/training-records/session": { body: { trainingId: id, completedAt: day, personIds: [id] } },
  "POST /api/v1/knowledge-surveys": { body: surveyBody },
  "PATCH /api/v1/knowledge-surveys/{id}": { params: { id }, body: { ...surveyBody, version: 1 } },
  "POST /api/v1/knowledge-surveys/{id}/suggest-training": { params: { id }, body: { area: "rules", trainingId: id, dueAt: day } },
  "POST /api/v1/questionnaires": { body: questionSetBody },
  "POST /api/v1/questionnaires/{id}/responses": { params: { id }, body: { title: text("Mätning"), periodFrom: "2025-01-10", periodTo: day, answers } },
  "PATCH /api/v1/questionnaires/{id}/responses/{rid}": { params: questionnaire, body: { title: text("Mätning"), periodFrom: "2025-01-10", periodTo: day, answers, version: 1 } },
  "POST /api/v1/questionnaires/{id}/responses/{rid}/submit": { params: questionnaire, body: { version: 1 } },
  "POST /api/v1/questionnaires/{id}/responses/{rid}/actions": { params: questionnaire, body: { questionCode: "q1", ownerId: id } },
  "POST /api/v1/org-units": { body: orgUnitBody },
  "PATCH /api/v1/org-units/{id}": { params: { id }, body: { ...orgUnitBody, version: 1 } },
  "POST /api/v1/risk-analyses": { body: analysisBody },
  "PATCH /api/v1/risk-analyses/{id}": { params: { id }, body: { ...analysisBody, version: 1 } },
  "POST /api/v1/risks": { body: { ...riskBody, source: { type: "incident", id } } },
  "PATCH /api/v1/risks/{id}": { params: { id }, body: { ...riskBody, version: 1 } },
  "POST /api/v1/risks/{id}/accept": { params: { id }, body: { motivation: text("Motivering"), decidedAt: day, decidedById: id, version: 1 } },
  "POST /api/v1/risks/{id}/accept/confirm": { params: { id }, body: { version: 1 } },
  "POST /api/v1/risks/{id}/acceptance-proposal": { params: { id }, body: { motivation: text("Motivering"), version: 1 } },
  "POST /api/v1/risks/{id}/acceptance-decision": { params: { id }, body: { decision: "reject", motivation: text("Motivering"), version: 1 } },
  "POST /api/v1/suppliers": { body: supplierBody },
  "PATCH /api/v1/suppliers/{id}": { params: { id }, body: { ...supplierBody, version: 1 } },
  "POST /api/v1/contracts": { body: contractBody },
  "PATCH /api/v1/contracts/{id}": { params: { id }, body: { ...contractBody, version: 1 } },
  "PATCH /api/v1/contracts/{id}/requirements/{requirementId}": { params: { id, requirementId: id }, body: { status: "missing", comment: text("Kommentar") } },
  "POST /api/v1/contracts/{id}/actions": { params: { id }, body: { gap: "requirements_missing", requirementId: id, title: text("Åtgärd"), ownerId: id, dueAt: day } },
  "POST /api/v1/supplier-follow-ups": { body: { ...followUpBody, supplierId: id, remarks: [{ title: text("Anmärkning"), ownerId: id, dueAt: day }] } },
  "PATCH /api/v1/supplier-follow-ups/{id}": { params: { id }, body: { ...followUpBody, version: 1 } },
  "POST /api/v1/supplier-follow-ups/{id}/questionnaire-link": { params: { id }, body: { expiresInDays: 30 } },
  "POST /api/public/supplier-questionnaire/{token}": { params: { token: `sq_${"A".repeat(43)}` }, body: { answers: [{ key: "iso27001", answer: "yes", comment: text("Kommentar") }] } },
  "POST /api/v1/security-requirements": { body: requirementBody },
  "PATCH /api/v1/security-requirements/{id}": { params: { id }, body: { ...requirementBody, version: 1 } },
  "PUT /api/v1/settings/incidents": { body: { nis2Covered: true, msbfsAgency: false, categories: [{ code: "attack", label: text("Angrepp") }], version: 1 } },
  "PUT /api/v1/settings/maturity": { body: { targets: { kompetens: 3 }, version: 1 } },
  "PUT /api/v1/settings/suppliers": { body: { followUpIntervals: { high: 6, medium: 12 }, questions: [{ key: "iso27001", text: text("Fråga") }], version: 1 } },
  "PUT /api/v1/settings/benchmarking": { body: { shareResults: true, version: 1 } },
  "PUT /api/v1/settings/risk": {
    body: { bands: { low: 2, medium: 6, high: 12 }, acceptance: { riskOwner: "low", ciso: "medium", admin: "medium", management: "extreme" }, requireDeciderConfirmation: false, version: 1 },
  },
  "POST /api/v1/audit-programmes": { body: programmeBody },
  "PATCH /api/v1/audit-programmes/{id}": { params: { id }, body: { ...programmeBody, version: 1 } },
  "POST /api/v1/audit-programmes/{id}/approve": { params: { id }, body: { version: 1 } },
  "POST /api/v1/audits": { body: { ...auditBody, programmeId: id } },
  "PATCH /api/v1/audits/{id}": { params: { id }, body: { ...auditBody, version: 1 } },
  "POST /api/v1/audits/{id}/transitions": { params: { id }, body: { status: "postponed", reason: text("Skäl"), version: 1 } },
  "POST /api/v1/audits/{id}/checklist": { params: { id }, body: { question: text("Fråga"), criterion: text("Krav"), position: 0 } },
  "PATCH /api/v1/audits/{id}/checklist/{itemId}": {
    params: { id, itemId: id },
    body: { question: text("Fråga"), criterion: text("Krav"), result: "deviation", notes: text("Anteckning"), evidence: text("Bevis"), links: ["https://intranat.example.se/rutin"], version: 1 },
  },
  "POST /api/v1/audits/{id}/checklist/copy": { params: { id }, body: { fromAuditId: id } },
  "POST /api/v1/audits/{id}/reports": { params: { id }, body: { summary: text("Sammanfattning"), scope: text("Omfattning"), conclusion: "conforming", motivation: text("Motivering"), version: 1 } },
  "POST /api/v1/findings": { body: { ...findingBody, auditId: id } },
  "PATCH /api/v1/findings/{id}": { params: { id }, body: { ...findingBody, rootCause: text("Grundorsak"), actionPlan: text("Handlingsplan"), version: 1 } },
  "POST /api/v1/findings/{id}/transitions": { params: { id }, body: { status: "plan_submitted", version: 1 } },
  "POST /api/v1/findings/{id}/verification": { params: { id }, body: { effective: false, note: text("Kommentar"), responseDueAt: day, version: 1 } },
  "POST /api/v1/findings/{id}/escalation": { params: { id }, body: { escalatedToId: id, note: text("Notering"), version: 1 } },
  "POST /api/v1/findings/{id}/actions": { params: { id }, body: { title: text("Åtgärd"), description: text("Beskrivning"), ownerId: id, dueAt: day } },
  "POST /api/v1/management-reviews": { body: reviewBody },
  "PATCH /api/v1/management-reviews/{id}": {
    params: { id },
    body: { ...reviewBody, comments: { b: text("Kommentar") }, conclusion: { suitability: "yes", adequacy: "partly", effectiveness: "no", comment: text("Motivering") }, status: "held", version: 1 },
  },
  "POST /api/v1/management-reviews/{id}/decisions": { params: { id }, body: { text: text("Beslut"), kind: "improvement", action: { title: text("Åtgärd"), ownerId: id, dueAt: day } } },
  "POST /api/v1/objectives": { body: { title: text("Mål"), perspective: "riskhantering", indicatorKey: "risks.treatment_decided_share", target: 0.8, dueAt: day, ownerId: id } },
  "PATCH /api/v1/objectives/{id}": { params: { id }, body: { title: text("Mål"), perspective: "riskhantering", indicatorKey: "risks.treatment_decided_share", target: 0.9, dueAt: day, ownerId: id, version: 1 } },
  "POST /api/v1/tokens": { body: { name: text("Nyckel"), expiresAt: "2030-01-10" } },
  "POST /api/v1/users": { body: { email: "ny.person@test.se", name: text("Namn"), role: "reporter", password: "lösenord-123" } },
  "PATCH /api/v1/users/{id}": { params: { id }, body: { role: "ciso", version: 1 } },
};

/** The route file of a row: `/api/v1/assets/{id}` → app/api/v1/assets/[id]/route.ts. */
export const routeFile = (row: Pick<RouteSpec, "path">) => path.resolve(`app${row.path.replace(/\{(\w+)\}/g, "[$1]")}/route.ts`);

/** The handler a route file exports for the row's method. */
export async function loadRoute(row: RouteSpec): Promise<Route> {
  const module = (await import(routeFile(row))) as Record<string, Route>;
  return module[row.method];
}

/** Values for the path's `{…}` that parse: the sample's, or a fresh UUID (no such record). */
export const pathValues = (row: RouteSpec, given: Record<string, string> = SAMPLES[routeKey(row)]?.params ?? {}) =>
  Object.fromEntries([...row.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => [name, given[name] ?? randomUUID()]));

export interface WriteRoute {
  /** "METHOD /api/v1/path/{param}", as in the route table. */
  name: string;
  row: RouteSpec;
  route: Route;
  params: Record<string, string>;
  /** Undefined when the table has a row with a body and SAMPLES none (a test says so). */
  body: Record<string, unknown>;
}

const isWrite = (row: RouteSpec) => row.method !== "GET";

/** Every route of /api/v1 that takes a JSON body, from the route table. */
export const WRITE_ROUTES: WriteRoute[] = await Promise.all(
  ROUTES.filter((row) => isWrite(row) && row.body).map(async (row) => {
    const sample = SAMPLES[routeKey(row)];
    return { name: routeKey(row), row, route: await loadRoute(row), params: pathValues(row), body: sample?.body as Record<string, unknown> };
  }),
);

/** Write routes without a JSON body: nothing for a body schema to refuse. */
export const BODYLESS_WRITE_ROUTES = ROUTES.filter((row) => isWrite(row) && !row.body).map(routeKey);

/** Rows with a body but no sample, and samples for no row. */
export const sampleGaps = () => ({
  missing: WRITE_ROUTES.filter((entry) => !SAMPLES[entry.name]).map((entry) => entry.name),
  unknown: Object.keys(SAMPLES).filter((name) => !WRITE_ROUTES.some((entry) => entry.name === name)),
});

/** Every string in a body with its path ("entries.0.reasons.0"). */
export function stringLeaves(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === "string") return [path];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringLeaves(item, [...path, index]));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([key, item]) => stringLeaves(item, [...path, key]));
  return [];
}

/** Every object in a body (the body itself first) with its path. */
export function objectPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((item, index) => objectPaths(item, [...path, index]));
  if (value && typeof value === "object") return [path, ...Object.entries(value).flatMap(([key, item]) => objectPaths(item, [...path, key]))];
  return [];
}

/** A copy of `body` with `change` applied to the value at `path`. */
export function changedAt(body: Record<string, unknown>, path: (string | number)[], change: (value: unknown) => unknown): Record<string, unknown> {
  const copy = structuredClone(body);
  if (path.length === 0) return change(copy) as Record<string, unknown>;
  const parent = path.slice(0, -1).reduce<Record<string | number, unknown>>((node, key) => node[key] as Record<string | number, unknown>, copy);
  parent[path[path.length - 1]] = change(parent[path[path.length - 1]]);
  return copy;
}
