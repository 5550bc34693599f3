import "server-only";
import { overdueWhere } from "../actions/rules";
import { toActionViews } from "../actions/queries";
import type { ActionView } from "../actions/schema";
import { authorize, can, scopeOf } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { db } from "../db/client";
import { riskWhere } from "./queries";
import { RISK_BANDS, type RiskBand, type RiskFilter } from "./schema";
import { readRiskSettings } from "./settings";

/** What the risk pages need besides the risks themselves: pickers, linked records, counts. */

export async function riskAnalysisOptions(principal: Principal): Promise<{ id: string; title: string }[]> {
  authorize(principal, "risk-analyses.read");
  return db.riskAnalysis.findMany({
    where: { organizationId: principal.organizationId },
    select: { id: true, title: true },
    orderBy: [{ performedAt: { sort: "desc", nulls: "first" } }, { title: "asc" }],
  });
}

export interface LinkedIncident {
  id: string;
  reference: string;
  title: string;
  occurredAt: string;
}

/** Incidents linked to a risk, for roles that read every incident (others see none here). */
export async function riskIncidents(principal: Principal, riskId: string): Promise<LinkedIncident[] | null> {
  if (scopeOf(principal, "incidents.read") !== "all") return null;
  const links = await db.incidentRisk.findMany({
    where: { riskId, incident: { organizationId: principal.organizationId } },
    select: { incident: { select: { id: true, reference: true, title: true, occurredAt: true } } },
    orderBy: { incident: { occurredAt: "desc" } },
  });
  return links.map(({ incident }) => ({ ...incident, occurredAt: incident.occurredAt.toISOString() }));
}

/** The actions of an analysis: from the analysis itself and from its risks. */
export async function analysisActions(principal: Principal, analysisId: string, riskIds: string[]): Promise<ActionView[]> {
  authorize(principal, "actions.read");
  const rows = await db.action.findMany({
    where: {
      organizationId: principal.organizationId,
      OR: [{ sourceType: "risk_analysis", sourceId: analysisId }, { sourceType: "risk", sourceId: { in: riskIds } }],
    },
    orderBy: [{ dueAt: "asc" }, { createdAt: "asc" }],
  });
  return toActionViews(rows, principal);
}

export interface RiskDashboard {
  perBand: Record<RiskBand, number>;
  undecided: number;
  /** null when the role does not read actions. */
  overdueActions: number | null;
}

/** Counts for the overview card, each matching the list it links to. */
export async function riskDashboard(principal: Principal): Promise<RiskDashboard | null> {
  if (!can(principal, "risks.read")) return null;
  const { bands } = await readRiskSettings(db, principal.organizationId);
  const count = (filter: RiskFilter) => db.risk.count({ where: riskWhere(principal, filter, bands) });
  const [counts, undecided, overdueActions] = await Promise.all([
    Promise.all(RISK_BANDS.map((band) => count({ band }))),
    count({ status: "open", treatment: "none" }),
    can(principal, "actions.read") ? db.action.count({ where: { organizationId: principal.organizationId, sourceType: "risk", ...overdueWhere() } }) : null,
  ]);
  return { perBand: Object.fromEntries(RISK_BANDS.map((band, i) => [band, counts[i]])) as Record<RiskBand, number>, undecided, overdueActions };
}

/** Names of a risk's assets and analysis, for its page. */
export async function riskLinks(principal: Principal, risk: { assetIds: string[]; analysisId: string | null }) {
  const [assets, analysis] = await Promise.all([
    db.asset.findMany({ where: { organizationId: principal.organizationId, id: { in: risk.assetIds } }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    risk.analysisId ? db.riskAnalysis.findFirst({ where: { organizationId: principal.organizationId, id: risk.analysisId }, select: { id: true, title: true } }) : null,
  ]);
  return { assets, analysis };
}

/** The assets an analysis covers, to prefill a risk added to it. */
export async function analysisAssetIds(principal: Principal, analysisId: string): Promise<string[]> {
  const links = await db.riskAnalysisAsset.findMany({ where: { analysisId, analysis: { organizationId: principal.organizationId } }, select: { assetId: true } });
  return links.map((link) => link.assetId);
}
