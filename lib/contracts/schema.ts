import { booleanParam, listQuerySchema, searchParam } from "../api/list";
import { isoDate, isoDateTime } from "../api/route";
import { exportFormatSchema } from "../export/format";
import { optionalDate, optionalText, text, versionField, writeObject, z } from "../validation/zod";

export const CONTRACT_STATUSES = ["procurement", "active", "terminated", "expired"] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];

export const CONTRACT_REQUIREMENT_STATUSES = ["included", "partly", "missing", "not_applicable"] as const;
export type ContractRequirementStatus = (typeof CONTRACT_REQUIREMENT_STATUSES)[number];

export const CONTRACT_GAPS = ["dpa_missing", "security_protection_agreement_missing", "third_country_basis_missing", "requirements_missing"] as const;
export type ContractGap = (typeof CONTRACT_GAPS)[number];

/** MSB's procurement steps, in order. */
export const PROCUREMENT_STEPS = ["need", "requirements", "tender_evaluation", "award", "contract"] as const;
export type ProcurementStep = (typeof PROCUREMENT_STEPS)[number];

const agreementSchema = writeObject({ signedAt: optionalDate(), reference: optionalText(200) });

const procurementStepSchema = writeObject({
  step: z.enum(PROCUREMENT_STEPS),
  /** Whether information security took part in the step. */
  involved: z.boolean(),
  who: optionalText(200),
  at: optionalDate(),
  note: optionalText(2000),
});

export const contractCreateSchema = writeObject({
  supplierId: z.uuid(),
  title: text().trim().min(1).max(200),
  reference: optionalText(100),
  orgUnitId: z.uuid().nullish(),
  ownerId: z.uuid().nullish(),
  status: z.enum(CONTRACT_STATUSES).default("active"),
  startsAt: optionalDate(),
  endsAt: optionalDate(),
  noticeMonths: z.number().int().min(0).max(120).nullish(),
  autoRenewal: z.boolean().optional(),
  /** The information assets the supplier stores, processes or can reach. */
  assetIds: z.array(z.uuid()).max(500).optional(),
  dpa: agreementSchema.nullish(),
  securityProtectionAgreement: agreementSchema.nullish(),
  thirdCountryBasis: optionalText(500),
  procurementSteps: z.array(procurementStepSchema).max(PROCUREMENT_STEPS.length).optional(),
});
export const contractUpdateSchema = contractCreateSchema.partial().extend({ version: versionField, status: z.enum(CONTRACT_STATUSES).optional() });

export const contractRequirementStatusSchema = writeObject({
  status: z.enum(CONTRACT_REQUIREMENT_STATUSES),
  comment: optionalText(2000),
});
export const requirementParams = z.object({ id: z.uuid(), requirementId: z.uuid() });

/** Turns one gap into an action (source `contract`). */
export const contractGapActionSchema = writeObject({
  gap: z.enum(CONTRACT_GAPS),
  /** For `requirements_missing`: the requirement the action closes. */
  requirementId: z.uuid().nullish(),
  title: text().trim().min(1).max(200).optional(),
  ownerId: z.uuid().nullish(),
  dueAt: optionalDate(),
});

export const contractFilterSchema = z.object({
  status: z.enum(CONTRACT_STATUSES).optional(),
  supplierId: z.uuid().optional(),
  ownerId: z.uuid().optional(),
  orgUnitId: z.uuid().optional(),
  assetId: z.uuid().optional(),
  gap: z.enum(CONTRACT_GAPS).optional(),
  /** Notice date within this many days from today (passed ones included). */
  noticeWithinDays: z.coerce.number().int().min(0).max(3650).optional(),
  personalData: booleanParam(),
  q: searchParam(),
});
export const CONTRACT_SORT_FIELDS = ["title", "status", "endsAt", "startsAt", "updatedAt"] as const;
export const contractListQuerySchema = listQuerySchema(CONTRACT_SORT_FIELDS).extend(contractFilterSchema.shape);
export const contractExportQuerySchema = contractListQuerySchema.omit({ page: true, pageSize: true }).extend({ format: exportFormatSchema.default("xlsx") });

export type ContractCreate = z.output<typeof contractCreateSchema>;
export type ContractUpdate = z.output<typeof contractUpdateSchema>;
export type ContractFilter = Partial<z.output<typeof contractFilterSchema>>;
export type ContractListQuery = z.output<typeof contractListQuerySchema>;
export type ContractExportQuery = z.output<typeof contractExportQuerySchema>;
export type ContractRequirementStatusInput = z.output<typeof contractRequirementStatusSchema>;
export type ContractGapAction = z.output<typeof contractGapActionSchema>;
export type ContractFormValues = z.input<typeof contractCreateSchema>;

const agreementViewSchema = z.object({ signedAt: isoDate().nullable(), reference: z.string().nullable() });

export const contractRequirementViewSchema = z.object({
  requirementId: z.uuid(),
  code: z.string(),
  title: z.string(),
  aspect: z.string(),
  minLevel: z.number().int(),
  status: z.enum(CONTRACT_REQUIREMENT_STATUSES),
  comment: z.string().nullable(),
}).meta({ id: "ContractRequirementView" });
export type ContractRequirementView = z.infer<typeof contractRequirementViewSchema>;

export const contractViewSchema = z.object({
  id: z.uuid(),
  supplierId: z.uuid(),
  supplierName: z.string(),
  title: z.string(),
  reference: z.string().nullable(),
  orgUnitId: z.uuid().nullable(),
  ownerId: z.uuid().nullable(),
  ownerName: z.string().nullable(),
  status: z.enum(CONTRACT_STATUSES),
  startsAt: isoDate().nullable(),
  endsAt: isoDate().nullable(),
  noticeMonths: z.number().int().nullable(),
  autoRenewal: z.boolean(),
  assetIds: z.array(z.uuid()),
  assets: z.array(z.object({ id: z.uuid(), name: z.string(), protectionLevel: z.number().int().nullable(), personalData: z.boolean() })),
  dpa: agreementViewSchema.nullable(),
  securityProtectionAgreement: agreementViewSchema.nullable(),
  thirdCountryBasis: z.string().nullable(),
  procurementSteps: z.array(z.object({ step: z.enum(PROCUREMENT_STEPS), involved: z.boolean(), who: z.string().nullable(), at: isoDate().nullable(), note: z.string().nullable() })),
  // Derived from the linked assets' classification as it stands when read.
  requiredLevel: z.number().int().nullable(),
  personalData: z.boolean(),
  securityProtection: z.boolean(),
  noticeDate: isoDate().nullable(),
  requirements: z.array(contractRequirementViewSchema),
  gaps: z.array(z.enum(CONTRACT_GAPS)),
  createdAt: isoDateTime(),
  updatedAt: isoDateTime(),
  version: z.number().int(),
}).meta({ id: "ContractView" });
export type ContractView = z.infer<typeof contractViewSchema>;
