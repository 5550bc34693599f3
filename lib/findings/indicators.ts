import "server-only";
import { stockholmMonth } from "../dates";
import { db } from "../db/client";
import { shareIndicator, type IndicatorProvider, type IndicatorView } from "../indicators/schema";
import { doneOnTime } from "../risks/indicators";
import { NONCONFORMITIES } from "./schema";

const DAY = 86_400_000;
/** By the date: no later than the end of that day (UTC), as actions are counted. */
const byDay = (at: Date | null, due: Date) => !!at && at.getTime() < Math.floor(due.getTime() / DAY) * DAY + DAY;

const PERFORMED = ["performed", "reported", "closed"] as const;

/**
 * Uppföljning: are audits performed as planned, are nonconformities answered in time and closed
 * only after an effective check, what is escalated, and are actions of every register done on time.
 */
export const followUpIndicators: IndicatorProvider = {
  perspective: "uppfoljning",
  async compute(organizationId, window) {
    const inWindow = { gte: window.from, lte: window.to };
    const months = { gte: stockholmMonth(window.from), lte: stockholmMonth(window.to) };
    const nonconformity = { organizationId, type: { in: [...NONCONFORMITIES] } };
    const [planned, performed, due, closed, escalatedOpen, actions] = await Promise.all([
      db.audit.count({ where: { organizationId, plannedMonth: months, status: { not: "cancelled" } } }),
      db.audit.count({ where: { organizationId, plannedMonth: months, status: { in: [...PERFORMED] } } }),
      db.finding.findMany({ where: { ...nonconformity, responseDueAt: inWindow }, select: { responseDueAt: true, planAcceptedAt: true } }),
      db.finding.findMany({ where: { ...nonconformity, status: "closed", closedAt: inWindow }, select: { effective: true } }),
      db.finding.count({ where: { organizationId, escalatedAt: { not: null }, status: { not: "closed" } } }),
      // A cancelled action is no longer due.
      db.action.findMany({ where: { organizationId, dueAt: inWindow, status: { not: "cancelled" } }, select: { status: true, dueAt: true, completedAt: true } }),
    ]);
    const escalated: IndicatorView = {
      ...shareIndicator("uppfoljning", "findings.escalated_open", escalatedOpen, 0, "/internrevision/iakttagelser?escalated=true"),
      value: escalatedOpen,
      numerator: null,
      denominator: null,
      unit: "count",
    };
    return [
      shareIndicator("uppfoljning", "audits.performed_share", performed, planned, "/internrevision/uppfoljning"),
      shareIndicator("uppfoljning", "findings.plan_on_time_share", due.filter((f) => byDay(f.planAcceptedAt, f.responseDueAt!)).length, due.length, "/internrevision/iakttagelser?overdue=true"),
      shareIndicator("uppfoljning", "findings.closed_verified_share", closed.filter((f) => f.effective === true).length, closed.length, "/internrevision/iakttagelser?status=closed"),
      escalated,
      shareIndicator("uppfoljning", "actions.on_time_share", actions.filter(doneOnTime).length, actions.length, "/atgarder"),
    ];
  },
};
