import "server-only";
import { stockholmMonth } from "../dates";
import { db } from "../db/client";
import { idSet, shareRecords, shareViews, whereSet, type CountedSet, type CountedShare } from "../indicators/counted";
import { shareIndicator, type IndicatorProvider, type IndicatorView, type IndicatorWindow } from "../indicators/schema";
import { doneOnTime } from "../risks/indicators";
import { NONCONFORMITIES } from "./schema";

const DAY = 86_400_000;
/** By the date: no later than the end of that day (UTC), as actions are counted. */
const byDay = (at: Date | null, due: Date) => !!at && at.getTime() < Math.floor(due.getTime() / DAY) * DAY + DAY;

const PERFORMED = ["performed", "reported", "closed"] as const;

const ESCALATED = "findings.escalated_open";

/** Each figure's sets, defined once for the count and for the drill-down list alike. */
function sets(organizationId: string, window: IndicatorWindow): { shares: Record<string, CountedShare>; escalated: CountedSet } {
  const inWindow = { gte: window.from, lte: window.to };
  const months = { gte: stockholmMonth(window.from), lte: stockholmMonth(window.to) };
  const nonconformity = { organizationId, type: { in: [...NONCONFORMITIES] } };
  const ids = (rows: { id: string }[]) => rows.map((row) => row.id);
  const due = () => db.finding.findMany({ where: { ...nonconformity, responseDueAt: inWindow }, select: { id: true, responseDueAt: true, planAcceptedAt: true }, orderBy: { id: "asc" } });
  const closed = () => db.finding.findMany({ where: { ...nonconformity, status: "closed", closedAt: inWindow }, select: { id: true, effective: true }, orderBy: { id: "asc" } });
  // A cancelled action is no longer due.
  const actions = () => db.action.findMany({ where: { organizationId, dueAt: inWindow, status: { not: "cancelled" } }, select: { id: true, status: true, dueAt: true, completedAt: true }, orderBy: { id: "asc" } });
  return {
    escalated: whereSet("finding", db.finding, { organizationId, escalatedAt: { not: null }, status: { not: "closed" } }),
    shares: {
      "audits.performed_share": {
        numerator: whereSet("audit", db.audit, { organizationId, plannedMonth: months, status: { in: [...PERFORMED] } }),
        denominator: whereSet("audit", db.audit, { organizationId, plannedMonth: months, status: { not: "cancelled" } }),
        href: "/internrevision/uppfoljning",
      },
      "findings.plan_on_time_share": {
        numerator: idSet("finding", () => due().then((rows) => ids(rows.filter((f) => byDay(f.planAcceptedAt, f.responseDueAt!))))),
        denominator: idSet("finding", () => due().then(ids)),
        href: "/internrevision/iakttagelser?overdue=true",
      },
      "findings.closed_verified_share": {
        numerator: idSet("finding", () => closed().then((rows) => ids(rows.filter((f) => f.effective === true)))),
        denominator: idSet("finding", () => closed().then(ids)),
        href: "/internrevision/iakttagelser?status=closed",
      },
      "actions.on_time_share": {
        numerator: idSet("action", () => actions().then((rows) => ids(rows.filter(doneOnTime)))),
        denominator: idSet("action", () => actions().then(ids)),
        href: "/atgarder",
      },
    },
  };
}

/**
 * Uppföljning: are audits performed as planned, are nonconformities answered in time and closed
 * only after an effective check, what is escalated, and are actions of every register done on time.
 * Escalated findings still open is a count: its records are listed as its numerator.
 */
export const followUpIndicators: IndicatorProvider = {
  perspective: "uppfoljning",
  async compute(organizationId, window) {
    const { shares, escalated } = sets(organizationId, window);
    const [views, escalatedOpen] = await Promise.all([shareViews("uppfoljning", shares), escalated.count()]);
    const count: IndicatorView = {
      ...shareIndicator("uppfoljning", ESCALATED, escalatedOpen, 0, "/internrevision/iakttagelser?escalated=true"),
      value: escalatedOpen,
      numerator: null,
      denominator: null,
      unit: "count",
    };
    return [...views.slice(0, 3), count, ...views.slice(3)];
  },
  async records(principal, key, part, window) {
    const { shares, escalated } = sets(principal.organizationId, window);
    if (key !== ESCALATED) return shareRecords(shares, key, part);
    return part === "numerator" ? { type: escalated.type, ids: await escalated.ids() } : null;
  },
};
