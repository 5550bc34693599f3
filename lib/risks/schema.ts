import { booleanParam, listQuerySchema, searchParam } from "../api/list";
import { recordOptionSchema } from "../api/options";
import { isoDate, isoDateTime } from "../api/route";
import { exportFormatSchema } from "../export/format";
import type { RecordType } from "../records/registry";
import { optionalDate, optionalText, text, versionField, writeObject, z } from "../validation/zod";

export const RISK_BANDS = ["low", "medium", "high", "extreme"] as const;
export type RiskBand = (typeof RISK_BANDS)[number];

export const RISK_TREATMENTS = ["reduce", "accept", "transfer", "avoid"] as const;
export type RiskTreatment = (typeof RISK_TREATMENTS)[number];

/** `acceptance_proposed`: a decision registered on the decider's behalf awaits their confirmation. */
export const RISK_STATUSES = ["open", "treated", "acceptance_proposed", "accepted", "closed"] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];

export const RISK_SOURCE_TYPES = ["incident"] as const satisfies readonly RecordType[];
export type RiskSourceType = (typeof RISK_SOURCE_TYPES)[number];

/** Likelihood and consequence are each 1–4 (DESIGN §6). */
export const scaleField = () => z.number({ error: "Ange ett heltal 1–4." }).int("Ange ett heltal 1–4.").min(1, "Ange ett heltal 1–4.").max(4, "Ange ett heltal 1–4.");
const scaleParam = () => z.coerce.number().int().min(1, "Ange 1–4.").max(4, "Ange 1–4.").optional();

const acceptanceInputSchema = writeObject({
  decidedById: z.uuid().nullish(),
  decidedAt: optionalDate(),
  /** Required when the treatment is `accept`; checked by the rules so a missing object names the same field. */
  motivation: optionalText(5000),
});

export const riskSourceSchema = writeObject({ type: z.enum(RISK_SOURCE_TYPES), id: z.uuid() });

export const riskCreateSchema = writeObject({
  title: text().trim().min(1).max(200),
  cause: optionalText(2000),
  event: optionalText(2000),
  consequenceText: optionalText(2000),
  analysisId: z.uuid().nullish(),
  assetIds: z.array(z.uuid()).max(500).optional(),
  /** Defaults to today. */
  identifiedAt: optionalDate(),
  likelihood: scaleField(),
  consequence: scaleField(),
  ownerId: z.uuid().nullish(),
  treatment: z.enum(RISK_TREATMENTS).nullish(),
  residualLikelihood: scaleField().nullish(),
  residualConsequence: scaleField().nullish(),
  acceptance: acceptanceInputSchema.nullish(),
  status: z.enum(RISK_STATUSES).optional(),
  reviewDueAt: optionalDate(),
  /** Where the risk came from, e.g. an unforeseen incident. */
  source: riskSourceSchema.nullish(),
});
export const riskUpdateSchema = riskCreateSchema.omit({ source: true }).partial().extend({ version: versionField });

export const riskAcceptSchema = writeObject({
  motivation: text().trim().min(1, "Ange varför risken accepteras.").max(5000),
  decidedAt: optionalDate(),
  /** Who decided; defaults to the caller. Someone else's decision may be registered by admin or ciso. */
  decidedById: z.uuid().optional(),
  version: versionField,
});

/** The decider confirms a decision registered on their behalf. */
export const riskConfirmSchema = writeObject({ version: versionField });

/** A proposal to accept the risk as it stands, for those with the authority to decide. */
export const riskProposalSchema = writeObject({
  motivation: text().trim().min(1, "Ange varför risken bör accepteras.").max(5000),
  version: versionField,
});

export const ACCEPTANCE_DECISIONS = ["accept", "reject"] as const;
/** The decider's answer to a proposal (or to a decision registered on their behalf). */
export const riskDecisionSchema = writeObject({
  decision: z.enum(ACCEPTANCE_DECISIONS),
  motivation: text().trim().min(1, "Ange motiveringen till beslutet.").max(5000),
  version: versionField,
});

/** Filters shared by the list, the heat maps, the trend and the export. */
export const riskFilterSchema = z.object({
  band: z.enum(RISK_BANDS).optional(),
  residualBand: z.enum(RISK_BANDS).optional(),
  status: z.enum(RISK_STATUSES).optional(),
  ownerId: z.uuid().optional(),
  assetId: z.uuid().optional(),
  analysisId: z.uuid().optional(),
  /** `none`: risks without a decided treatment. */
  treatment: z.enum([...RISK_TREATMENTS, "none"]).optional(),
  reviewOverdue: booleanParam(),
  likelihood: scaleParam(),
  consequence: scaleParam(),
  residualLikelihood: scaleParam(),
  residualConsequence: scaleParam(),
  source: z.enum(RISK_SOURCE_TYPES).optional(),
  q: searchParam(),
});

export const RISK_SORT_FIELDS = ["title", "level", "residualLevel", "identifiedAt", "reviewDueAt", "updatedAt"] as const;
export const riskListQuerySchema = listQuerySchema(RISK_SORT_FIELDS).extend(riskFilterSchema.shape);
export const riskHeatmapQuerySchema = riskFilterSchema.extend({ residual: booleanParam() });
export const riskTrendQuerySchema = riskFilterSchema.extend({ months: z.coerce.number().int().min(1).max(60).default(12) });
export const riskExportQuerySchema = riskListQuerySchema.omit({ page: true, pageSize: true }).extend({ format: exportFormatSchema.default("xlsx") });

export type RiskCreate = z.output<typeof riskCreateSchema>;
export type RiskUpdate = z.output<typeof riskUpdateSchema>;
export type RiskAccept = z.output<typeof riskAcceptSchema>;
export type RiskConfirm = z.output<typeof riskConfirmSchema>;
export type RiskProposal = z.output<typeof riskProposalSchema>;
export type RiskDecision = z.output<typeof riskDecisionSchema>;
export type RiskFilter = Partial<z.output<typeof riskFilterSchema>>;
export type RiskListQuery = z.output<typeof riskListQuerySchema>;
export type RiskHeatmapQuery = z.output<typeof riskHeatmapQuerySchema>;
export type RiskTrendQuery = z.output<typeof riskTrendQuerySchema>;
export type RiskExportQuery = z.output<typeof riskExportQuerySchema>;

const scale = () => z.number().int();
const band = () => z.enum(RISK_BANDS);

export const riskAcceptanceViewSchema = z.object({
  decidedById: z.uuid().nullable(),
  decidedByName: z.string().nullable(),
  decidedAt: isoDateTime().nullable(),
  motivation: z.string().nullable(),
  /** Who registered the decision (null for decisions from before this was stored). */
  recordedById: z.uuid().nullable(),
  recordedByName: z.string().nullable(),
  /** Registered by someone other than the decider. */
  recordedOnBehalf: z.boolean(),
  /** Registered on the decider's behalf and not yet confirmed by them (status `acceptance_proposed`). */
  pendingConfirmation: z.boolean(),
  confirmedAt: isoDateTime().nullable(),
}).meta({ id: "RiskAcceptanceView" });
export type RiskAcceptanceView = z.infer<typeof riskAcceptanceViewSchema>;

export const riskViewSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  cause: z.string().nullable(),
  event: z.string().nullable(),
  consequenceText: z.string().nullable(),
  analysisId: z.uuid().nullable(),
  assetIds: z.array(z.uuid()),
  identifiedAt: isoDate(),
  likelihood: scale(),
  consequence: scale(),
  level: scale(),
  band: band(),
  ownerId: z.uuid().nullable(),
  ownerName: z.string().nullable(),
  treatment: z.enum(RISK_TREATMENTS).nullable(),
  residualLikelihood: scale().nullable(),
  residualConsequence: scale().nullable(),
  residualLevel: scale().nullable(),
  residualBand: band().nullable(),
  acceptance: riskAcceptanceViewSchema.nullable(),
  status: z.enum(RISK_STATUSES),
  reviewDueAt: isoDateTime().nullable(),
  reviewOverdue: z.boolean(),
  actionsOverdue: z.number().int(),
  source: z.object({ type: z.enum(RISK_SOURCE_TYPES), id: z.uuid() }).nullable(),
  createdAt: isoDateTime(),
  updatedAt: isoDateTime(),
  version: z.number().int(),
}).meta({ id: "RiskView" });
export type RiskView = z.infer<typeof riskViewSchema>;

export const riskLevelChangeViewSchema = z.object({
  id: z.uuid(),
  likelihood: scale(),
  consequence: scale(),
  level: scale(),
  band: band(),
  residualLikelihood: scale().nullable(),
  residualConsequence: scale().nullable(),
  residualLevel: scale().nullable(),
  residualBand: band().nullable(),
  status: z.enum(RISK_STATUSES),
  changedById: z.uuid().nullable(),
  changedByName: z.string().nullable(),
  changedAt: isoDateTime(),
}).meta({ id: "RiskLevelChangeView" });
export type RiskLevelChangeView = z.infer<typeof riskLevelChangeViewSchema>;

/** counts[likelihood - 1][consequence - 1]; bands the same way, for colouring the cells. */
export const riskHeatmapViewSchema = z.object({
  residual: z.boolean(),
  counts: z.array(z.array(z.number().int())),
  bands: z.array(z.array(band())),
  total: z.number().int(),
}).meta({ id: "RiskHeatmapView" });
export type RiskHeatmapView = z.infer<typeof riskHeatmapViewSchema>;

export const riskTrendPointSchema = z.object({
  /** YYYY-MM */
  month: z.string().regex(/^\d{4}-\d{2}$/),
  low: z.number().int(),
  medium: z.number().int(),
  high: z.number().int(),
  extreme: z.number().int(),
  total: z.number().int(),
});
export type RiskTrendPoint = z.infer<typeof riskTrendPointSchema>;

/** A risk in a picker: its title, and the day it was identified (what decides "foreseen"). */
export const riskOptionSchema = recordOptionSchema.extend({ identifiedAt: isoDate() });
export type RiskOption = z.output<typeof riskOptionSchema>;
