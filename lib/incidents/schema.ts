import { booleanParam, listQuerySchema } from "../api/list";
import { optionalText, requiredDate, versionField, z } from "../validation/zod";

export const INCIDENT_STATUSES = ["reported", "triaged", "investigating", "resolved", "closed"] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];
export const INCIDENT_STATUS_LABELS: Record<IncidentStatus, string> = {
  reported: "Rapporterad",
  triaged: "Bedömd",
  investigating: "Utreds",
  resolved: "Åtgärdad",
  closed: "Avslutad",
};

export const PERSONAL_DATA_ANSWERS = ["yes", "no", "unknown"] as const;
export type PersonalDataAnswer = (typeof PERSONAL_DATA_ANSWERS)[number];

export const OBLIGATION_KINDS = ["gdpr_imy", "nis2_early_warning", "nis2_notification", "nis2_final_report", "msbfs_cert_se", "msbfs_final_report"] as const;
export type ObligationKind = (typeof OBLIGATION_KINDS)[number];
export const OBLIGATION_STATUSES = ["due", "overdue", "reported", "reported_late"] as const;
export type ObligationStatus = (typeof OBLIGATION_STATUSES)[number];

const severityField = z.number({ error: "Ange 1–4." }).int("Ange 1–4.").min(1, "Ange 1–4.").max(4, "Ange 1–4.");
const categoryCode = z.string().trim().min(1).max(50);

// Fields without defaults, so a PATCH leaves what it does not send untouched.
const reportFields = {
  title: z.string().trim().min(1).max(200),
  description: z.string().trim().min(1).max(10_000),
  occurredAt: requiredDate(),
  occurredApproximate: z.boolean(),
  detectedAt: requiredDate(),
  assetIds: z.array(z.uuid()).max(100),
  personalData: z.enum(PERSONAL_DATA_ANSWERS),
  categories: z.array(categoryCode).max(20),
  contact: optionalText(300),
};

/** The short form everyone (role reporter and up, or a SIEM token) files. */
export const incidentReportSchema = z.object({
  ...reportFields,
  occurredApproximate: reportFields.occurredApproximate.default(false),
  assetIds: reportFields.assetIds.default([]),
  personalData: reportFields.personalData.default("unknown"),
  categories: reportFields.categories.default([]),
});

export const impactSchema = z.object({
  confidentiality: z.boolean(),
  integrity: z.boolean(),
  availability: z.boolean(),
  traceability: z.boolean(),
});

/** The handlers' form (ciso, admin): everything, each field optional, plus version. */
export const incidentUpdateSchema = z
  .object({
    ...reportFields,
    impact: impactSchema.partial(),
    severity: severityField.nullable(),
    handlerId: z.uuid().nullable(),
    status: z.enum(INCIDENT_STATUSES),
    rootCause: optionalText(10_000),
    lessonsLearned: optionalText(10_000),
    riskIds: z.array(z.uuid()).max(100),
    repeatOfId: z.uuid().nullable(),
  })
  .partial()
  .extend({ version: versionField });

/** Records (or, with reportedAt null, withdraws) a report to the authority. */
export const obligationReportSchema = z.object({
  reportedAt: z.union([z.iso.datetime({ offset: true }), z.iso.date()]).nullable().transform((value) => (value ? new Date(value) : null)),
  reference: optionalText(200),
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
  q: z.string().trim().max(200).optional().transform((value) => value || undefined),
});

export const INCIDENT_SORT_FIELDS = ["occurredAt", "reportedAt", "severity", "reference", "status"] as const;
export const incidentListQuerySchema = listQuerySchema(INCIDENT_SORT_FIELDS).extend(incidentFilterSchema.shape);
export const incidentTrendQuerySchema = incidentFilterSchema.extend({ months: z.coerce.number().int().min(1).max(60).default(12) });

export const assetOptionsQuerySchema = z.object({ q: z.string().trim().max(200).optional() });
export type AssetOptionsQuery = z.output<typeof assetOptionsQuerySchema>;

export type IncidentReport = z.output<typeof incidentReportSchema>;
export type IncidentUpdate = z.output<typeof incidentUpdateSchema>;
export type ObligationReport = z.output<typeof obligationReportSchema>;
export type IncidentFilter = z.output<typeof incidentFilterSchema>;
export type IncidentListQuery = z.output<typeof incidentListQuerySchema>;
export type IncidentTrendQuery = z.output<typeof incidentTrendQuerySchema>;
export type Impact = z.output<typeof impactSchema>;

export interface ObligationView {
  kind: ObligationKind;
  label: string;
  dueAt: string;
  reportedAt: string | null;
  reference: string | null;
  status: ObligationStatus;
  /** Personal data is `unknown`: the IMY clock may be running; assess and answer yes or no. */
  toAssess: boolean;
}

export interface IncidentView {
  id: string;
  reference: string;
  title: string;
  description: string;
  occurredAt: string;
  occurredApproximate: boolean;
  detectedAt: string;
  reportedAt: string;
  reporterId: string | null;
  reporterName: string | null;
  contact: string | null;
  categories: string[];
  assetIds: string[];
  assets: { id: string; name: string }[];
  impact: Impact;
  severity: number | null;
  personalData: PersonalDataAnswer;
  handlerId: string | null;
  handlerName: string | null;
  status: IncidentStatus;
  /** The statuses a handler may move to from here. */
  nextStatuses: IncidentStatus[];
  rootCause: string | null;
  lessonsLearned: string | null;
  /** Empty for roles that may not read the risk register (reporter). */
  riskIds: string[];
  risks: { id: string; title: string; identifiedAt: string }[];
  foreseen: boolean;
  repeatOfId: string | null;
  repeatOfReference: string | null;
  obligations: ObligationView[];
  obligationOverdue: boolean;
  closedAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface IncidentTrend {
  months: { month: string; total: number; byCategory: Record<string, number> }[];
  categories: { code: string; label: string }[];
}
