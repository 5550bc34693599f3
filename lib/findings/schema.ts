import { booleanParam, listQuerySchema } from "../api/list";
import { isoDateTime } from "../api/route";
import { optionalDate, optionalText, text, versionField, writeObject, z } from "../validation/zod";

export const FINDING_TYPES = ["major_nonconformity", "minor_nonconformity", "observation", "improvement", "positive"] as const;
export type FindingType = (typeof FINDING_TYPES)[number];
export const NONCONFORMITIES: readonly FindingType[] = ["major_nonconformity", "minor_nonconformity"];
export const FINDING_STATUSES = ["open", "plan_submitted", "plan_accepted", "implemented", "verified", "closed"] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

/** What the person responsible for a finding writes, whatever their role. */
export const RESPONSE_FIELDS = ["rootCause", "actionPlan"] as const;

export const findingCreateSchema = writeObject({
  auditId: z.uuid(),
  type: z.enum(FINDING_TYPES),
  title: text().trim().min(1).max(200),
  description: optionalText(10_000),
  /** The requirement not met (or met, for a positive finding). */
  criterion: optionalText(1000),
  evidence: optionalText(10_000),
  orgUnitId: z.uuid().nullish(),
  responsibleId: z.uuid().nullish(),
  /** Default: 30 days after the report is issued. */
  responseDueAt: optionalDate(),
});
export const findingUpdateSchema = findingCreateSchema
  .omit({ auditId: true })
  .partial()
  .extend({ rootCause: optionalText(5000), actionPlan: optionalText(10_000), version: versionField });

/** Verification goes through its own endpoint; these are the other moves. */
export const FINDING_MOVE_TARGETS = ["open", "plan_submitted", "plan_accepted", "implemented", "closed"] as const;
export const findingTransitionSchema = writeObject({ status: z.enum(FINDING_MOVE_TARGETS), version: versionField });
export const findingVerifySchema = writeObject({
  effective: z.boolean(),
  note: optionalText(5000),
  /** A new response date when the check failed and the finding is reopened. */
  responseDueAt: optionalDate(),
  version: versionField,
});
export const findingEscalateSchema = writeObject({ escalatedToId: z.uuid(), note: optionalText(2000), version: versionField });
export const findingActionSchema = writeObject({
  title: text().trim().min(1).max(200),
  description: optionalText(5000),
  ownerId: z.uuid().nullish(),
  dueAt: optionalDate(),
});

const findingFilters = {
  type: z.enum(FINDING_TYPES).optional(),
  status: z.enum(FINDING_STATUSES).optional(),
  auditId: z.uuid().optional(),
  orgUnitId: z.uuid().optional(),
  responsibleId: z.uuid().optional(),
  /** Nonconformities still without an accepted action plan past their response date. */
  overdue: booleanParam(),
  /** Escalated and not yet closed. */
  escalated: booleanParam(),
  /** Implemented and waiting for the effectiveness check. */
  unverified: booleanParam(),
};
export const findingListQuerySchema = listQuerySchema(["title", "type", "status", "responseDueAt", "createdAt"] as const).extend(findingFilters);
export const findingExportQuerySchema = z.object({ format: z.enum(["csv", "xlsx"]).default("csv"), q: z.string().max(200).optional(), ...findingFilters });

export type FindingCreate = z.output<typeof findingCreateSchema>;
export type FindingUpdate = z.output<typeof findingUpdateSchema>;
export type FindingTransition = z.output<typeof findingTransitionSchema>;
export type FindingVerify = z.output<typeof findingVerifySchema>;
export type FindingEscalate = z.output<typeof findingEscalateSchema>;
export type FindingAction = z.output<typeof findingActionSchema>;
export type FindingListQuery = z.output<typeof findingListQuerySchema>;
export type FindingFilter = Partial<Pick<FindingListQuery, keyof typeof findingFilters | "q">>;

export const findingViewSchema = z
  .object({
    id: z.uuid(),
    auditId: z.uuid(),
    auditTitle: z.string(),
    type: z.enum(FINDING_TYPES),
    title: z.string(),
    description: z.string().nullable(),
    criterion: z.string().nullable(),
    evidence: z.string().nullable(),
    orgUnitId: z.uuid().nullable(),
    orgUnitName: z.string().nullable(),
    responsibleId: z.uuid().nullable(),
    responsibleName: z.string().nullable(),
    responseDueAt: isoDateTime().nullable(),
    rootCause: z.string().nullable(),
    actionPlan: z.string().nullable(),
    planSubmittedAt: isoDateTime().nullable(),
    planAcceptedAt: isoDateTime().nullable(),
    status: z.enum(FINDING_STATUSES),
    verifiedAt: isoDateTime().nullable(),
    verifiedByName: z.string().nullable(),
    effective: z.boolean().nullable(),
    verificationNote: z.string().nullable(),
    closedAt: isoDateTime().nullable(),
    escalatedAt: isoDateTime().nullable(),
    escalatedToId: z.uuid().nullable(),
    escalatedToName: z.string().nullable(),
    escalationNote: z.string().nullable(),
    overdue: z.boolean(),
    createdAt: isoDateTime(),
    updatedAt: isoDateTime(),
    version: z.number().int(),
  })
  .meta({ id: "FindingView" });
export type FindingView = z.infer<typeof findingViewSchema>;
