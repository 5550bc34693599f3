import "server-only";
import type { Principal } from "../authz/roles";
import { db } from "../db/client";
import { bandTrend, heatmapFrom, monthWindows } from "./picture";
import { riskWhere } from "./queries";
import type { RiskFilter, RiskHeatmapQuery, RiskHeatmapView, RiskStatus, RiskTrendPoint, RiskTrendQuery } from "./schema";
import { readRiskSettings } from "./settings";
import type { RiskBands } from "./settings-schema";

/** 4×4 counts of the filtered risks, on current or residual likelihood × consequence. */
export async function riskHeatmap(principal: Principal, query: RiskHeatmapQuery): Promise<RiskHeatmapView> {
  const { residual = false, ...filter } = query;
  const { bands } = await readRiskSettings(db, principal.organizationId);
  return heatmapFor(principal, filter, residual, bands);
}

export async function heatmapFor(principal: Principal, filter: RiskFilter, residual: boolean, bands: RiskBands): Promise<RiskHeatmapView> {
  const where = riskWhere(principal, filter, bands);
  if (residual) {
    const groups = await db.risk.groupBy({ by: ["residualLikelihood", "residualConsequence"], where, _count: { _all: true } });
    return heatmapFrom(groups.map((g) => ({ likelihood: g.residualLikelihood, consequence: g.residualConsequence, count: g._count._all })), bands, true);
  }
  const groups = await db.risk.groupBy({ by: ["likelihood", "consequence"], where, _count: { _all: true } });
  return heatmapFrom(groups.map((g) => ({ likelihood: g.likelihood, consequence: g.consequence, count: g._count._all })), bands, false);
}

/** Risks per band month by month, from the level in force at each month end. */
export async function riskTrend(principal: Principal, query: RiskTrendQuery): Promise<{ items: RiskTrendPoint[] }> {
  const { months, ...filter } = query;
  const { bands } = await readRiskSettings(db, principal.organizationId);
  const windows = monthWindows(new Date(), months);
  const changes = await db.riskLevelChange.findMany({
    where: { organizationId: principal.organizationId, changedAt: { lt: windows[windows.length - 1].end }, risk: riskWhere(principal, filter, bands) },
    select: { riskId: true, level: true, status: true, changedAt: true },
  });
  return { items: bandTrend(changes.map((change) => ({ ...change, status: change.status as RiskStatus })), windows, bands) };
}
