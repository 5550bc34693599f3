import { booleanParam, listQuerySchema, searchParam } from "../api/list";
import { isoDate, isoDateTime } from "../api/route";
import { optionalText, requiredDate, text, versionField, writeObject, z } from "../validation/zod";

export const INCIDENT_STATUSES = ["reported", "triaged", "investigating", "resolved", "closed"] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

export const PERSONAL_DATA_ANSWERS = ["yes", "no", "unknown"] as const;
export type PersonalDataAnswer = (typeof PERSONAL_DATA_ANSWERS)[number];

export const OBLIGATION_KINDS = ["gdpr_imy", "nis2_early_warning", "nis2_notification", "nis2_final_report", "msbfs_cert_se", "msbfs_final_report"] as const;
export type ObligationKind = (typeof OBLIGATION_KINDS)[number];
export const OBLIGATION_STATUSES = ["due", "overdue", "reported", "reported_late", "not_reportable"] as const;
export type ObligationStatus = (typeof OBLIGATION_STATUSES)[number];

const severityField = z.number({ error: "Ange 1–4." }).int("Ange 1–4.").min(1, "Ange 1–4.").max(4, "Ange 1–4.");
const categoryCode = text().trim().min(1).max(50);

// Fields without defaults, so a PATCH leaves what it does not send untouched.
const reportFields = {
  title: text().trim().min(1).max(200),
  description: text().trim().min(1).max(10_000),
  occurredAt: requiredDate(),
  occurredApproximate: z.boolean(),
  detectedAt: requiredDate(),
  assetIds: z.array(z.uuid()).max(100),
  personalData: z.enum(PERSONAL_DATA_ANSWERS),
  categories: z.array(categoryCode).max(20),
  contact: optionalText(300),
};

/** The short form everyone (role reporter and up, or a SIEM token) files. */
export const incidentReportSchema = writeObject({
  ...reportFields,
  occurredApproximate: reportFields.occurredApproximate.default(false),
  assetIds: reportFields.assetIds.default([]),
  personalData: reportFields.personalData.default("unknown"),
  categories: reportFields.categories.default([]),
});

export const impactSchema = writeObject({
  confidentiality: z.boolean(),
  integrity: z.boolean(),
  availability: z.boolean(),
  traceability: z.boolean(),
});

const reportedAtField = z.union([z.iso.datetime({ offset: true }), z.iso.date()]).nullable().transform((value) => (value ? new Date(value) : null));
export const MOTIVATION_MAX = 2000;

/**
 * What became of a reporting obligation: `reportedAt` (and the authority's reference) when the
 * report was made, or `notReportable: true` with a motivation when the handler assessed that it
 * need not be. `reportedAt: null` or `notReportable: false` opens it again. Which combinations
 * make sense is a rule (obligationChange in obligations.ts), so each is answered with its own words.
 */
const obligationOutcomeFields = {
  reportedAt: reportedAtField.optional(),
  reference: optionalText(200),
  notReportable: z.boolean().optional(),
  motivation: optionalText(MOTIVATION_MAX),
};
export const obligationOutcomeSchema = writeObject({ kind: z.enum(OBLIGATION_KINDS), ...obligationOutcomeFields });
const obligationOutcomes = z.array(obligationOutcomeSchema).max(OBLIGATION_KINDS.length);

/** The handlers' form (ciso, admin): everything, each field optional, plus version. */
export const incidentUpdateSchema = writeObject({
  ...reportFields,
  impact: impactSchema.partial(),
  severity: severityField.nullable(),
  handlerId: z.uuid().nullable(),
  status: z.enum(INCIDENT_STATUSES),
  rootCause: optionalText(10_000),
  lessonsLearned: optionalText(10_000),
  riskIds: z.array(z.uuid()).max(100),
  repeatOfId: z.uuid().nullable(),
  obligations: obligationOutcomes,
})
  .partial()
  .extend({ version: versionField });

/** Handling fields a handler (incidents.handle) may also set when filing; anyone else sending one gets 403. */
export const HANDLING_FIELDS_ON_CREATE = ["riskIds", "severity", "handlerId", "status"] as const;
const { riskIds, severity, handlerId, status } = incidentUpdateSchema.shape;

/** POST /incidents: the report, plus the handling fields above, applied in the same transaction. */
export const incidentCreateSchema = incidentReportSchema.extend({ riskIds, severity, handlerId, status });

/** Records a report to the authority or an assessment that none is due (or, with null/false, withdraws it). */
export const obligationReportSchema = writeObject({ ...obligationOutcomeFields, version: versionField });

/**
 * POST /incidents/{id}/close: the root cause and what became of each open obligation, then the
 * incident walks through the remaining statuses to closed, in one transaction.
 */
export const incidentCloseSchema = writeObject({
  rootCause: optionalText(10_000),
  lessonsLearned: optionalText(10_000),
  obligations: obligationOutcomes.default([]),
  version: versionField,
});

const periodBound = () => z.union([z.iso.datetime({ offset: true }), z.iso.date()]).optional();

/** Filters shared by the list, the trend and the export. */
export const incidentFilterSchema = z.object({
  status: z.enum(INCIDENT_STATUSES).optional(),
  /** true: every status but closed. */
  open: booleanParam(),
  severity: z.coerce.number().int().min(1, "Ange 1–4.").max(4, "Ange 1–4.").optional(),
  category: categoryCode.optional(),
  assetId: z.uuid().optional(),
  orgUnitId: z.uuid().optional(),
  foreseen: booleanParam(),
  obligationOverdue: booleanParam(),
  /** occurredAt from this instant, or from the start of this day (Swedish time). */
  from: periodBound(),
  /** occurredAt up to this instant, or to the end of this day (Swedish time). */
  to: periodBound(),
  reporterId: z.uuid().optional(),
  handlerId: z.uuid().optional(),
  q: searchParam(),
});

export const INCIDENT_SORT_FIELDS = ["occurredAt", "reportedAt", "severity", "reference", "status"] as const;
export const incidentListQuerySchema = listQuerySchema(INCIDENT_SORT_FIELDS).extend(incidentFilterSchema.shape);
export const incidentTrendQuerySchema = incidentFilterSchema.extend({ months: z.coerce.number().int().min(1).max(60).default(12) });

export const assetOptionsQuerySchema = z.object({ q: text().trim().max(200).optional() });
export type AssetOptionsQuery = z.output<typeof assetOptionsQuerySchema>;

export type IncidentReport = z.output<typeof incidentReportSchema>;
export type IncidentCreate = z.output<typeof incidentCreateSchema>;
export type IncidentUpdate = z.output<typeof incidentUpdateSchema>;
export type ObligationReport = z.output<typeof obligationReportSchema>;
export type ObligationOutcome = z.output<typeof obligationOutcomeSchema>;
export type IncidentClose = z.output<typeof incidentCloseSchema>;
export type IncidentFilter = z.output<typeof incidentFilterSchema>;
export type IncidentListQuery = z.output<typeof incidentListQuerySchema>;
export type IncidentTrendQuery = z.output<typeof incidentTrendQuerySchema>;
export type Impact = z.output<typeof impactSchema>;

export const obligationViewSchema = z.object({
  kind: z.enum(OBLIGATION_KINDS),
  dueAt: isoDateTime(),
  reportedAt: isoDateTime().nullable(),
  reference: z.string().nullable(),
  status: z.enum(OBLIGATION_STATUSES),
  /** Set when the handler assessed the obligation as not reportable: who, when and why. */
  assessedById: z.uuid().nullable(),
  assessedByName: z.string().nullable(),
  assessedAt: isoDateTime().nullable(),
  motivation: z.string().nullable(),
  /** Personal data is `unknown`: the IMY clock may be running; assess and answer yes or no. */
  toAssess: z.boolean(),
}).meta({ id: "ObligationView" });
export type ObligationView = z.infer<typeof obligationViewSchema>;

export const incidentViewSchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  title: z.string(),
  description: z.string(),
  occurredAt: isoDateTime(),
  occurredApproximate: z.boolean(),
  detectedAt: isoDateTime(),
  reportedAt: isoDateTime(),
  reporterId: z.uuid().nullable(),
  reporterName: z.string().nullable(),
  contact: z.string().nullable(),
  categories: z.array(z.string()),
  assetIds: z.array(z.uuid()),
  assets: z.array(z.object({ id: z.uuid(), name: z.string() })),
  impact: impactSchema,
  severity: z.number().int().nullable(),
  personalData: z.enum(PERSONAL_DATA_ANSWERS),
  handlerId: z.uuid().nullable(),
  handlerName: z.string().nullable(),
  status: z.enum(INCIDENT_STATUSES),
  /** The statuses a handler may move to from here. */
  nextStatuses: z.array(z.enum(INCIDENT_STATUSES)),
  rootCause: z.string().nullable(),
  lessonsLearned: z.string().nullable(),
  /** The linked risks the user may read: none for roles without the risk register (reporter). */
  riskIds: z.array(z.uuid()),
  risks: z.array(z.object({ id: z.uuid(), title: z.string(), identifiedAt: isoDate() })),
  /** Linked risks the user may not read (0 for roles without the risk register): counted, never named. */
  hiddenRiskCount: z.number().int(),
  foreseen: z.boolean(),
  repeatOfId: z.uuid().nullable(),
  repeatOfReference: z.string().nullable(),
  obligations: z.array(obligationViewSchema),
  obligationOverdue: z.boolean(),
  closedAt: isoDateTime().nullable(),
  createdAt: isoDateTime(),
  updatedAt: isoDateTime(),
  version: z.number().int(),
}).meta({ id: "IncidentView" });
export type IncidentView = z.infer<typeof incidentViewSchema>;

export const incidentTrendSchema = z.object({
  months: z.array(z.object({ month: z.string().regex(/^\d{4}-\d{2}$/), total: z.number().int(), byCategory: z.record(z.string(), z.number().int()) })),
  categories: z.array(z.object({ code: z.string(), label: z.string() })),
});
export type IncidentTrend = z.infer<typeof incidentTrendSchema>;
