import "server-only";
import { overdueWhere } from "../actions/rules";
import { pageArgs, paged, type ListResult } from "../api/list";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { db, type Prisma } from "../db/client";
import { heatmapFor } from "../risks/overview";
import { riskWhere } from "../risks/queries";
import { bandFor } from "../risks/rules";
import { RISK_BANDS, RISK_STATUSES, type RiskBand, type RiskStatus } from "../risks/schema";
import { readRiskSettings } from "../risks/settings";
import type { RiskAnalysisDetailView, RiskAnalysisListQuery, RiskAnalysisStatus, RiskAnalysisSummary, RiskAnalysisView } from "./schema";

export const analysisInclude = { assets: { select: { assetId: true } }, _count: { select: { risks: true } } } as const;
type AnalysisRow = Prisma.RiskAnalysisGetPayload<{ include: typeof analysisInclude }>;

export function toRiskAnalysisView(row: AnalysisRow): RiskAnalysisView {
  return {
    id: row.id,
    title: row.title,
    scope: row.scope,
    method: row.method,
    orgUnitId: row.orgUnitId,
    performedAt: row.performedAt?.toISOString() ?? null,
    participants: row.participants,
    status: row.status as RiskAnalysisStatus,
    assetIds: row.assets.map((link) => link.assetId),
    riskCount: row._count.risks,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

export async function listRiskAnalyses(principal: Principal, query: RiskAnalysisListQuery): Promise<ListResult<RiskAnalysisView>> {
  authorize(principal, "risk-analyses.read");
  const where: Prisma.RiskAnalysisWhereInput = {
    organizationId: principal.organizationId,
    ...(query.status ? { status: query.status } : {}),
    ...(query.orgUnitId ? { orgUnitId: query.orgUnitId } : {}),
    ...(query.assetId ? { assets: { some: { assetId: query.assetId } } } : {}),
    ...(query.q ? { title: { contains: query.q, mode: "insensitive" as const } } : {}),
  };
  return paged(
    query,
    db.riskAnalysis.findMany({ where, include: analysisInclude, ...pageArgs(query, { performedAt: "desc" }) }),
    db.riskAnalysis.count({ where }),
    (rows) => rows.map(toRiskAnalysisView),
  );
}

async function summaryFor(principal: Principal, analysisId: string): Promise<RiskAnalysisSummary> {
  const { bands } = await readRiskSettings(db, principal.organizationId);
  const where = riskWhere(principal, { analysisId }, bands);
  const [risks, heatmap, residualHeatmap] = await Promise.all([
    db.risk.findMany({ where, select: { id: true, level: true, status: true } }),
    heatmapFor(principal, { analysisId }, false, bands),
    heatmapFor(principal, { analysisId }, true, bands),
  ]);
  const bandCounts = Object.fromEntries(RISK_BANDS.map((band) => [band, 0])) as Record<RiskBand, number>;
  const statuses = Object.fromEntries(RISK_STATUSES.map((status) => [status, 0])) as Record<RiskStatus, number>;
  for (const risk of risks) {
    bandCounts[bandFor(risk.level, bands)]++;
    statuses[risk.status as RiskStatus]++;
  }
  const actionsOverdue = await db.action.count({
    where: {
      organizationId: principal.organizationId,
      ...overdueWhere(),
      OR: [{ sourceType: "risk_analysis", sourceId: analysisId }, { sourceType: "risk", sourceId: { in: risks.map((risk) => risk.id) } }],
    },
  });
  return { riskCount: risks.length, bands: bandCounts, statuses, heatmap, residualHeatmap, actionsOverdue };
}

/** The analysis with its risk summary and heat maps (what its page and report show). */
export async function getRiskAnalysis(principal: Principal, id: string): Promise<RiskAnalysisDetailView> {
  const row = await db.riskAnalysis.findUnique({ where: { id }, include: analysisInclude });
  authorize(principal, "risk-analyses.read", row);
  return { ...toRiskAnalysisView(row!), summary: await summaryFor(principal, id) };
}
