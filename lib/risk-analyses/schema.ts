import { listQuerySchema } from "../api/list";
import type { RiskBand, RiskHeatmapView, RiskStatus } from "../risks/schema";
import { optionalDate, optionalText, versionField, z } from "../validation/zod";

export const RISK_ANALYSIS_STATUSES = ["planned", "ongoing", "completed"] as const;
export type RiskAnalysisStatus = (typeof RISK_ANALYSIS_STATUSES)[number];
export const RISK_ANALYSIS_STATUS_LABELS: Record<RiskAnalysisStatus, string> = { planned: "Planerad", ongoing: "Pågående", completed: "Genomförd" };

export const riskAnalysisCreateSchema = z.object({
  title: z.string().trim().min(1).max(200),
  scope: optionalText(5000),
  method: optionalText(2000),
  orgUnitId: z.uuid().nullish(),
  /** When the analysis was held; set to today when it is completed without a date. */
  performedAt: optionalDate(),
  participants: z.array(z.string().trim().min(1).max(200)).max(100).optional(),
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

export interface RiskAnalysisView {
  id: string;
  title: string;
  scope: string | null;
  method: string | null;
  orgUnitId: string | null;
  performedAt: string | null;
  participants: string[];
  status: RiskAnalysisStatus;
  assetIds: string[];
  riskCount: number;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** What an analysis page and its printed report show besides the analysis itself. */
export interface RiskAnalysisSummary {
  /** Risks the caller may read. */
  riskCount: number;
  bands: Record<RiskBand, number>;
  statuses: Record<RiskStatus, number>;
  heatmap: RiskHeatmapView;
  residualHeatmap: RiskHeatmapView;
  /** Open actions past due, from the analysis or its risks. */
  actionsOverdue: number;
}

export type RiskAnalysisDetailView = RiskAnalysisView & { summary: RiskAnalysisSummary };
