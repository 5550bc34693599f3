import "server-only";
import { scopeOf } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { db } from "../db/client";
import { indicatorWindow } from "../indicators/queries";
import type { IndicatorView } from "../indicators/schema";
import { incidentIndicators } from "./indicators";
import { openObligationWhere } from "./obligations";
import type { ObligationKind } from "./schema";

const HOUR = 3_600_000;

export interface DueObligation {
  incidentId: string;
  reference: string;
  title: string;
  kind: ObligationKind;
  dueAt: string;
}

export interface IncidentDashboard {
  open: number;
  /** Open (unreported, unassessed) obligations due within the next 72 hours, soonest first (at most 5). */
  dueSoon: DueObligation[];
  dueSoonTotal: number;
  /** Open obligations past their due time. */
  overdue: number;
  foreseenShare: IndicatorView | null;
}

/** The dashboard's incident figures, for roles that read every incident; null for others. */
export async function incidentDashboard(principal: Principal, now = new Date()): Promise<IncidentDashboard | null> {
  if (scopeOf(principal, "incidents.read") !== "all") return null;
  const organizationId = principal.organizationId;
  const soon = { incident: { organizationId }, ...openObligationWhere, dueAt: { gte: now, lte: new Date(now.getTime() + 72 * HOUR) } };
  const [open, dueSoon, dueSoonTotal, overdue, indicators] = await Promise.all([
    db.incident.count({ where: { organizationId, status: { not: "closed" } } }),
    db.incidentObligation.findMany({
      where: soon,
      select: { kind: true, dueAt: true, incident: { select: { id: true, reference: true, title: true } } },
      orderBy: [{ dueAt: "asc" }, { id: "asc" }],
      take: 5,
    }),
    db.incidentObligation.count({ where: soon }),
    db.incidentObligation.count({ where: { incident: { organizationId }, ...openObligationWhere, dueAt: { lt: now } } }),
    incidentIndicators.compute(organizationId, indicatorWindow({}, now)),
  ]);
  return {
    open,
    dueSoon: dueSoon.map((o) => ({ incidentId: o.incident.id, reference: o.incident.reference, title: o.incident.title, kind: o.kind as ObligationKind, dueAt: o.dueAt.toISOString() })),
    dueSoonTotal,
    overdue,
    foreseenShare: indicators.find((indicator) => indicator.key === "incidents.foreseen_share") ?? null,
  };
}

/** How many incidents a reporter has filed (for the "Rapportera incident" card). */
export function ownReportCount(principal: Principal): Promise<number> {
  return db.incident.count({ where: { organizationId: principal.organizationId, reporterId: principal.userId } });
}
