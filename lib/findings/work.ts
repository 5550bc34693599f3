import "server-only";
import { db } from "../db/client";
import { dueState, warnBefore } from "../work/rules";
import type { WorkItem, WorkProvider } from "../work/types";
import { NONCONFORMITIES } from "./schema";

/** A response is due within 7 days: the same notice as an action. */
const WINDOW = 7 * 24 * 60 * 60 * 1000;
// Still owes an accepted action plan: a nonconformity that is open or whose plan waits for the auditor.
const awaiting = { type: { in: [...NONCONFORMITIES] }, status: { in: ["open" as const, "plan_submitted" as const] }, responsibleId: { not: null }, responseDueAt: { not: null } };
const select = { id: true, title: true, responsibleId: true, responseDueAt: true };
type Row = { id: string; title: string; responsibleId: string | null; responseDueAt: Date | null };

function toItem(row: Row, now: Date): WorkItem {
  return {
    kind: "finding_response",
    recordType: "finding",
    recordId: row.id,
    title: row.title,
    dueAt: row.responseDueAt!,
    state: dueState(row.responseDueAt!, now, WINDOW),
    recipients: [{ userId: row.responsibleId! }],
  };
}

/** Findings whose action plan is due within 7 days or overdue, to the person responsible. */
export const findingWork: WorkProvider = {
  kinds: ["finding_response"],
  async dueItems(organizationId, now) {
    const rows = await db.finding.findMany({ where: { organizationId, ...awaiting, responseDueAt: { not: null, lte: warnBefore(now, WINDOW) } }, select });
    return rows.map((row) => toItem(row, now));
  },
  async forUser(organizationId, userId, now, scope = "all") {
    const due = scope === "due" ? { responseDueAt: { not: null, lte: warnBefore(now, WINDOW) } } : {};
    const rows = await db.finding.findMany({ where: { organizationId, ...awaiting, responsibleId: userId, ...due }, select });
    return rows.map((row) => toItem(row, now));
  },
};
