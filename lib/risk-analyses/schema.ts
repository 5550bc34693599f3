import { listQuerySchema } from "../api/list";
import { isoDateTime } from "../api/route";
import { RISK_BANDS, RISK_STATUSES, riskHeatmapViewSchema } from "../risks/schema";
import { optionalDate, optionalText, text, versionField, writeObject, z } from "../validation/zod";

export const RISK_ANALYSIS_STATUSES = ["planned", "ongoing", "completed"] as const;
export type RiskAnalysisStatus = (typeof RISK_ANALYSIS_STATUSES)[number];

export const riskAnalysisCreateSchema = writeObject({
  title: text().trim().min(1).max(200),
  scope: optionalText(5000),
  method: optionalText(2000),
  orgUnitId: z.uuid().nullish(),
  /** When the analysis was held; set to today when it is completed without a date. */
  performedAt: optionalDate(),
  participants: z.array(text().trim().min(1).max(200)).max(100).optional(),
  status: z.enum(RISK_ANALYSIS_STATUSES).optional(),
  assetIds: z.array(z.uuid()).max(500).optional(),
});
export const riskAnalysisUpdateSchema = riskAnalysisCreateSchema.partial().extend({ version: versionField });

export const riskAnalysisListQuerySchema = listQuerySchema(["title", "performedAt", "status", "createdAt", "updatedAt"] as const).extend({
  status: z.enum(RISK_ANALYSIS_STATUSES).optional(),
  orgUnitId: z.uuid().optional(),
  assetId: z.uuid().optional(),
});

export type RiskAnalysisCreate = z.output<typeof riskAnalysisCreateSchema>;
export type RiskAnalysisUpdate = z.output<typeof riskAnalysisUpdateSchema>;
export type RiskAnalysisListQuery = z.output<typeof riskAnalysisListQuerySchema>;

export const riskAnalysisViewSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  scope: z.string().nullable(),
  method: z.string().nullable(),
  orgUnitId: z.uuid().nullable(),
  performedAt: isoDateTime().nullable(),
  participants: z.array(z.string()),
  status: z.enum(RISK_ANALYSIS_STATUSES),
  assetIds: z.array(z.uuid()),
  riskCount: z.number().int(),
  createdAt: isoDateTime(),
  updatedAt: isoDateTime(),
  version: z.number().int(),
}).meta({ id: "RiskAnalysisView" });
export type RiskAnalysisView = z.infer<typeof riskAnalysisViewSchema>;

/** What an analysis page and its printed report show besides the analysis itself. */
export const riskAnalysisSummarySchema = z.object({
  /** Risks the caller may read. */
  riskCount: z.number().int(),
  bands: z.record(z.enum(RISK_BANDS), z.number().int()),
  statuses: z.record(z.enum(RISK_STATUSES), z.number().int()),
  heatmap: riskHeatmapViewSchema,
  residualHeatmap: riskHeatmapViewSchema,
  /** Open actions past due, from the analysis or its risks. */
  actionsOverdue: z.number().int(),
});
export type RiskAnalysisSummary = z.infer<typeof riskAnalysisSummarySchema>;

export const riskAnalysisDetailViewSchema = riskAnalysisViewSchema.extend({ summary: riskAnalysisSummarySchema }).meta({ id: "RiskAnalysisDetailView" });
export type RiskAnalysisDetailView = z.infer<typeof riskAnalysisDetailViewSchema>;
