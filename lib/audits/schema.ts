import { listQuerySchema } from "../api/list";
import { isoDateTime } from "../api/route";
import { PERSPECTIVE_KEYS } from "../maturity/msb-model";
import { optionalText, text, versionField, writeObject, z } from "../validation/zod";

export const AUDIT_STATUSES = ["planned", "prepared", "performed", "reported", "closed", "postponed", "cancelled"] as const;
export type AuditStatus = (typeof AUDIT_STATUSES)[number];
export const AUDIT_CONCLUSIONS = ["conforming", "largely_conforming", "not_conforming"] as const;
export type AuditConclusion = (typeof AUDIT_CONCLUSIONS)[number];
export const CHECKLIST_RESULTS = ["conforming", "deviation", "observation", "not_checked"] as const;
export type ChecklistResult = (typeof CHECKLIST_RESULTS)[number];

const month = () => z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "Ange månad som ÅÅÅÅ-MM");
const names = (max: number) => z.array(text().trim().min(1).max(200)).max(max);
const interviewSchema = writeObject({ at: z.iso.datetime({ offset: true }).or(z.iso.date()), who: text().trim().min(1).max(200), topic: optionalText(500) });

export const auditCreateSchema = writeObject({
  programmeId: z.uuid(),
  title: text().trim().min(1).max(200),
  area: optionalText(500),
  perspective: z.enum(PERSPECTIVE_KEYS).nullish(),
  orgUnitIds: z.array(z.uuid()).max(50).default([]),
  criteria: optionalText(5000),
  /** ISO/IEC 27001 clauses, Annex A controls, MSBFS paragraphs, own policies: one reference each. */
  criteriaRefs: names(100).default([]),
  plannedMonth: month(),
  leadAuditorId: z.uuid().nullish(),
  auditorIds: z.array(z.uuid()).max(20).default([]),
  /** Names, or user ids of the people interviewed. */
  auditees: names(50).default([]),
  interviews: z.array(interviewSchema).max(100).default([]),
});
export const auditUpdateSchema = auditCreateSchema.omit({ programmeId: true }).partial().extend({ version: versionField });

export const auditTransitionSchema = writeObject({
  status: z.enum(AUDIT_STATUSES),
  /** Required when postponing or cancelling. */
  reason: optionalText(2000),
  version: versionField,
});

export const auditListQuerySchema = listQuerySchema(["title", "plannedMonth", "status", "createdAt"] as const).extend({
  programmeId: z.uuid().optional(),
  status: z.enum(AUDIT_STATUSES).optional(),
  perspective: z.enum(PERSPECTIVE_KEYS).optional(),
  orgUnitId: z.uuid().optional(),
});

export const checklistItemCreateSchema = writeObject({
  question: text().trim().min(1).max(1000),
  criterion: optionalText(500),
  position: z.number().int().min(0).max(10_000).optional(),
});
export const checklistItemUpdateSchema = writeObject({
  question: text().trim().min(1).max(1000).optional(),
  criterion: optionalText(500),
  result: z.enum(CHECKLIST_RESULTS).nullish(),
  notes: optionalText(10_000),
  evidence: optionalText(10_000),
  links: z.array(text().trim().max(2000).pipe(z.url({ protocol: /^https?$/ }))).max(20).optional(),
  version: versionField,
});
/** Copies the questions (not the notes) of an earlier audit of the organisation. */
export const checklistCopySchema = writeObject({ fromAuditId: z.uuid() });

export const reportIssueSchema = writeObject({
  summary: text().trim().min(1).max(20_000),
  scope: optionalText(5000),
  conclusion: z.enum(AUDIT_CONCLUSIONS),
  motivation: optionalText(5000),
  /** The audit's version: a report is issued on the audit as it stands. */
  version: versionField,
});

export type AuditCreate = z.output<typeof auditCreateSchema>;
export type AuditUpdate = z.output<typeof auditUpdateSchema>;
export type AuditTransition = z.output<typeof auditTransitionSchema>;
export type AuditListQuery = z.output<typeof auditListQuerySchema>;
export type ChecklistItemCreate = z.output<typeof checklistItemCreateSchema>;
export type ChecklistItemUpdate = z.output<typeof checklistItemUpdateSchema>;
export type ReportIssue = z.output<typeof reportIssueSchema>;

const named = z.object({ id: z.uuid(), name: z.string() });

export const auditViewSchema = z
  .object({
    id: z.uuid(),
    programmeId: z.uuid(),
    programmeTitle: z.string(),
    title: z.string(),
    area: z.string().nullable(),
    perspective: z.enum(PERSPECTIVE_KEYS).nullable(),
    orgUnits: z.array(named),
    criteria: z.string().nullable(),
    criteriaRefs: z.array(z.string()),
    plannedMonth: z.string(),
    leadAuditorId: z.uuid().nullable(),
    leadAuditorName: z.string().nullable(),
    auditors: z.array(named),
    auditees: z.array(z.string()),
    interviews: z.array(z.object({ at: z.string(), who: z.string(), topic: z.string().nullable().optional() })),
    status: z.enum(AUDIT_STATUSES),
    statusReason: z.string().nullable(),
    performedAt: isoDateTime().nullable(),
    findingCount: z.number().int(),
    createdAt: isoDateTime(),
    updatedAt: isoDateTime(),
    version: z.number().int(),
  })
  .meta({ id: "AuditView" });
export type AuditView = z.infer<typeof auditViewSchema>;

export const checklistItemViewSchema = z
  .object({
    id: z.uuid(),
    auditId: z.uuid(),
    position: z.number().int(),
    question: z.string(),
    criterion: z.string().nullable(),
    result: z.enum(CHECKLIST_RESULTS).nullable(),
    notes: z.string().nullable(),
    evidence: z.string().nullable(),
    links: z.array(z.string()),
    version: z.number().int(),
  })
  .meta({ id: "AuditChecklistItemView" });
export type ChecklistItemView = z.infer<typeof checklistItemViewSchema>;

export const reportViewSchema = z
  .object({
    id: z.uuid(),
    auditId: z.uuid(),
    revision: z.number().int(),
    summary: z.string(),
    scope: z.string().nullable(),
    conclusion: z.enum(AUDIT_CONCLUSIONS),
    motivation: z.string().nullable(),
    issuedAt: isoDateTime(),
    issuedByName: z.string().nullable(),
  })
  .meta({ id: "AuditReportView" });
export type ReportView = z.infer<typeof reportViewSchema>;
