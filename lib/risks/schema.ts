import { booleanParam, listQuerySchema } from "../api/list";
import { exportFormatSchema } from "../export/format";
import { optionalDate, optionalText, versionField, z } from "../validation/zod";

export const RISK_BANDS = ["low", "medium", "high", "extreme"] as const;
export type RiskBand = (typeof RISK_BANDS)[number];
export const RISK_BAND_LABELS: Record<RiskBand, string> = { low: "låg", medium: "medelhög", high: "hög", extreme: "extremt hög" };

export const RISK_TREATMENTS = ["reduce", "accept", "transfer", "avoid"] as const;
export type RiskTreatment = (typeof RISK_TREATMENTS)[number];
export const RISK_TREATMENT_LABELS: Record<RiskTreatment, string> = { reduce: "Reducera", accept: "Acceptera", transfer: "Överföra", avoid: "Undvika" };

export const RISK_STATUSES = ["open", "treated", "accepted", "closed"] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];
export const RISK_STATUS_LABELS: Record<RiskStatus, string> = { open: "Öppen", treated: "Behandlad", accepted: "Accepterad", closed: "Stängd" };

export const RISK_SOURCE_TYPES = ["incident"] as const;
export type RiskSourceType = (typeof RISK_SOURCE_TYPES)[number];

/** Likelihood and consequence are each 1–4 (DESIGN §6). */
export const scaleField = () => z.number({ error: "Ange ett heltal 1–4." }).int("Ange ett heltal 1–4.").min(1, "Ange ett heltal 1–4.").max(4, "Ange ett heltal 1–4.");
const scaleParam = () => z.coerce.number().int().min(1, "Ange 1–4.").max(4, "Ange 1–4.").optional();

const acceptanceInputSchema = z.object({
  decidedById: z.uuid().nullish(),
  decidedAt: optionalDate(),
  /** Required when the treatment is `accept`; checked by the rules so a missing object names the same field. */
  motivation: optionalText(5000),
});

export const riskSourceSchema = z.object({ type: z.enum(RISK_SOURCE_TYPES), id: z.uuid() });

export const riskCreateSchema = z.object({
  title: z.string().trim().min(1).max(200),
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

export const riskAcceptSchema = z.object({
  motivation: z.string().trim().min(1, "Ange varför risken accepteras.").max(5000),
  decidedAt: optionalDate(),
  /** Who decided; defaults to the caller. Someone else's decision may be registered by admin or ciso. */
  decidedById: z.uuid().optional(),
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
  q: z.string().trim().max(200).optional().transform((value) => value || undefined),
});

export const RISK_SORT_FIELDS = ["title", "level", "residualLevel", "identifiedAt", "reviewDueAt", "updatedAt"] as const;
export const riskListQuerySchema = listQuerySchema(RISK_SORT_FIELDS).extend(riskFilterSchema.shape);
export const riskHeatmapQuerySchema = riskFilterSchema.extend({ residual: booleanParam() });
export const riskTrendQuerySchema = riskFilterSchema.extend({ months: z.coerce.number().int().min(1).max(60).default(12) });
export const riskExportQuerySchema = riskListQuerySchema.omit({ page: true, pageSize: true }).extend({ format: exportFormatSchema.default("xlsx") });

export type RiskCreate = z.output<typeof riskCreateSchema>;
export type RiskUpdate = z.output<typeof riskUpdateSchema>;
export type RiskAccept = z.output<typeof riskAcceptSchema>;
export type RiskFilter = Partial<z.output<typeof riskFilterSchema>>;
export type RiskListQuery = z.output<typeof riskListQuerySchema>;
export type RiskHeatmapQuery = z.output<typeof riskHeatmapQuerySchema>;
export type RiskTrendQuery = z.output<typeof riskTrendQuerySchema>;
export type RiskExportQuery = z.output<typeof riskExportQuerySchema>;

export interface RiskAcceptanceView {
  decidedById: string | null;
  decidedByName: string | null;
  decidedAt: string | null;
  motivation: string | null;
}

export interface RiskView {
  id: string;
  title: string;
  cause: string | null;
  event: string | null;
  consequenceText: string | null;
  analysisId: string | null;
  assetIds: string[];
  /** YYYY-MM-DD */
  identifiedAt: string;
  likelihood: number;
  consequence: number;
  level: number;
  band: RiskBand;
  ownerId: string | null;
  ownerName: string | null;
  treatment: RiskTreatment | null;
  residualLikelihood: number | null;
  residualConsequence: number | null;
  residualLevel: number | null;
  residualBand: RiskBand | null;
  acceptance: RiskAcceptanceView | null;
  status: RiskStatus;
  reviewDueAt: string | null;
  reviewOverdue: boolean;
  actionsOverdue: number;
  source: { type: RiskSourceType; id: string } | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface RiskLevelChangeView {
  id: string;
  likelihood: number;
  consequence: number;
  level: number;
  band: RiskBand;
  residualLikelihood: number | null;
  residualConsequence: number | null;
  residualLevel: number | null;
  residualBand: RiskBand | null;
  status: RiskStatus;
  changedById: string | null;
  changedByName: string | null;
  changedAt: string;
}

/** counts[likelihood - 1][consequence - 1]; bands the same way, for colouring the cells. */
export interface RiskHeatmapView {
  residual: boolean;
  counts: number[][];
  bands: RiskBand[][];
  total: number;
}

export interface RiskTrendPoint {
  /** YYYY-MM */
  month: string;
  low: number;
  medium: number;
  high: number;
  extreme: number;
  total: number;
}
