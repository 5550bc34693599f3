import "server-only";
import { overdueWhere } from "../actions/rules";
import { toActionViews } from "../actions/queries";
import type { ActionView } from "../actions/schema";
import { auditScope } from "../audits/queries";
import { authorize, can } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { lastMonths } from "../dates";
import { db } from "../db/client";
import { findingInclude, findingWhere, toFindingViews } from "./queries";
import type { FindingView } from "./schema";

export interface MonthCount {
  month: string;
  planned: number;
  performed: number;
}

export interface FollowUp {
  months: MonthCount[];
  overdueResponses: FindingView[];
  unverified: FindingView[];
  escalated: FindingView[];
  overdueActions: ActionView[];
}

const SHOWN = 50;
const PERFORMED = new Set(["performed", "reported", "closed"]);

/** The follow-up over all audits: planned vs performed per month (last 12), what is late and unverified. */
export async function followUp(principal: Principal, now = new Date()): Promise<FollowUp> {
  authorize(principal, "audits.read");
  const months = lastMonths(now, 12);
  const list = async (filter: Parameters<typeof findingWhere>[1]) =>
    toFindingViews(await db.finding.findMany({ where: await findingWhere(principal, filter, now), include: findingInclude, orderBy: { responseDueAt: "asc" }, take: SHOWN }), now);
  const [audits, overdueResponses, unverified, escalated, actions] = await Promise.all([
    db.audit.findMany({ where: { AND: [await auditScope(principal), { plannedMonth: { in: months } }] }, select: { plannedMonth: true, status: true } }),
    list({ overdue: true }),
    list({ unverified: true }),
    list({ escalated: true }),
    can(principal, "actions.read") ? db.action.findMany({ where: { organizationId: principal.organizationId, sourceType: "finding", ...overdueWhere() }, orderBy: { dueAt: "asc" }, take: SHOWN }) : [],
  ]);
  return {
    months: months.map((month) => {
      const of = audits.filter((audit) => audit.plannedMonth === month && audit.status !== "cancelled");
      return { month, planned: of.length, performed: of.filter((audit) => PERFORMED.has(audit.status)).length };
    }),
    overdueResponses,
    unverified,
    escalated,
    overdueActions: await toActionViews(actions),
  };
}

/** Escalated findings not yet closed, for the management dashboard (null for roles that read no audits). */
export async function escalatedFindings(principal: Principal): Promise<FindingView[] | null> {
  if (!can(principal, "audits.read")) return null;
  const rows = await db.finding.findMany({ where: await findingWhere(principal, { escalated: true }), include: findingInclude, orderBy: { escalatedAt: "desc" }, take: 10 });
  return toFindingViews(rows);
}
