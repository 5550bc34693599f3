import "server-only";
import { overdueWhere } from "../actions/rules";
import { can, scopeOf } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { db } from "../db/client";
import { incidentDashboard } from "../incidents/dashboard";
import { followUpIndicators } from "../findings/indicators";
import { indicatorWindow } from "../indicators/queries";
import { maturityTrend } from "../maturity/results-queries";
import { maturitySettings } from "../maturity/settings";
import { listObjectives } from "../objectives/queries";
import { onTrack } from "../objectives/rules";
import { objectiveListQuerySchema } from "../objectives/schema";
import { riskWhere } from "../risks/queries";
import { RISK_BANDS, type RiskBand } from "../risks/schema";
import { readRiskSettings } from "../risks/settings";

/** One figure of the row: `of` when it is "n of m"; every figure links to the records behind it. */
export interface GlanceFigure {
  key: "maturity" | "objectives" | "escalatedFindings" | "overdueObligations" | "risksAboveAcceptance" | "overdueActions";
  value: number;
  of?: number;
  href?: string;
  /** Risks above acceptance: the count per band, each linked to its list (the bands above the CISO's limit). */
  parts?: { band: RiskBand; value: number; href: string }[];
}

async function maturity(principal: Principal): Promise<GlanceFigure | null> {
  if (!can(principal, "maturity.read")) return null;
  const [trend, settings] = await Promise.all([maturityTrend(principal), maturitySettings.read(principal)]);
  if (trend.sessions === 0) return null;
  const latest = trend.perspectives.map((p) => ({ level: [...p.points].reverse().find((point) => point.level !== null)?.level ?? null, target: settings.targets[p.perspective] ?? null }));
  const targeted = latest.filter((p) => p.target !== null);
  const lastSession = trend.perspectives[0]?.points.at(-1)?.assessmentId;
  return { key: "maturity", value: targeted.filter((p) => p.level !== null && p.level >= p.target!).length, of: targeted.length, href: lastSession ? `/mognad/${lastSession}` : "/mognad" };
}

async function objectives(principal: Principal): Promise<GlanceFigure | null> {
  if (!can(principal, "management-reviews.read")) return null;
  const list = await listObjectives(principal, objectiveListQuerySchema.parse({ pageSize: "100" }));
  return { key: "objectives", value: list.items.filter(onTrack).length, of: list.total, href: "/ledningens-genomgang/mal" };
}

async function escalated(principal: Principal): Promise<GlanceFigure | null> {
  if (!can(principal, "indicators.read") || scopeOf(principal, "audits.read") !== "all") return null;
  const items = await followUpIndicators.compute(principal.organizationId, indicatorWindow({}));
  const count = items.find((item) => item.key === "findings.escalated_open");
  return count ? { key: "escalatedFindings", value: count.value ?? 0, href: "/indikatorer/findings.escalated_open?part=numerator" } : null;
}

async function risksAbove(principal: Principal): Promise<GlanceFigure | null> {
  if (scopeOf(principal, "risks.read") !== "all") return null;
  const { bands, acceptance } = await readRiskSettings(db, principal.organizationId);
  const limit = acceptance.ciso === null ? -1 : RISK_BANDS.indexOf(acceptance.ciso);
  const above = RISK_BANDS.filter((_, index) => index > limit);
  const parts = await Promise.all(
    above.map(async (band) => ({ band, value: await db.risk.count({ where: riskWhere(principal, { band, status: "open" }, bands) }), href: `/risker?status=open&band=${band}` })),
  );
  return { key: "risksAboveAcceptance", value: parts.reduce((sum, part) => sum + part.value, 0), parts };
}

/**
 * "At a glance" for management (Översikt): maturity against targets, objectives on track,
 * escalated findings, overdue obligations, open risks above what the CISO may accept, overdue
 * actions. A figure the role may not read is left out.
 */
export async function atAGlance(principal: Principal, now = new Date()): Promise<GlanceFigure[]> {
  const [m, o, e, incidents, r, actions] = await Promise.all([
    maturity(principal),
    objectives(principal),
    escalated(principal),
    incidentDashboard(principal, now),
    risksAbove(principal),
    scopeOf(principal, "actions.read") === "all" ? db.action.count({ where: { organizationId: principal.organizationId, ...overdueWhere(now) } }) : null,
  ]);
  const figures: (GlanceFigure | null)[] = [
    m,
    o,
    e,
    incidents ? { key: "overdueObligations", value: incidents.overdue, href: "/incidenter?obligationOverdue=true" } : null,
    r,
    actions === null ? null : { key: "overdueActions", value: actions, href: "/atgarder?overdue=true" },
  ];
  return figures.filter((figure): figure is GlanceFigure => figure !== null);
}
