import "server-only";
import { db } from "../db/client";
import type { WorkItem, WorkProvider } from "../work/types";
import { dueState, WARNING_WINDOWS, warnBefore } from "../work/rules";

const window = WARNING_WINDOWS.risk_review;
const select = { id: true, title: true, ownerId: true, reviewDueAt: true };
// A closed risk is no longer reviewed.
const live = { status: { not: "closed" as const } };
type Row = { id: string; title: string; ownerId: string | null; reviewDueAt: Date | null };

function toItem(row: Row, now: Date): WorkItem {
  return {
    kind: "risk_review",
    recordType: "risk",
    recordId: row.id,
    title: row.title,
    dueAt: row.reviewDueAt!,
    state: dueState(row.reviewDueAt!, now, window),
    recipients: [{ userId: row.ownerId! }],
  };
}

/** Risk reviews due within 14 days or overdue, to the risk owner. */
export const riskWork: WorkProvider = {
  kinds: ["risk_review"],
  async dueItems(organizationId, now) {
    const rows = await db.risk.findMany({ where: { organizationId, ...live, ownerId: { not: null }, reviewDueAt: { lte: warnBefore(now, window) } }, select });
    return rows.map((row) => toItem(row, now));
  },
  async forUser(organizationId, userId, now, scope = "all") {
    const reviewDueAt = scope === "due" ? { not: null, lte: warnBefore(now, window) } : { not: null };
    const rows = await db.risk.findMany({ where: { organizationId, ...live, ownerId: userId, reviewDueAt }, select });
    return rows.map((row) => toItem(row, now));
  },
};
