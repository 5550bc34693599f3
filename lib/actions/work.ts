import "server-only";
import { db } from "../db/client";
import type { WorkItem, WorkProvider } from "../work/types";
import { dueState, WARNING_WINDOWS, warnBefore } from "../work/rules";

const window = WARNING_WINDOWS.action_due;
// Open actions only: done and cancelled ones owe nothing.
const open = { status: { in: ["planned" as const, "in_progress" as const] }, ownerId: { not: null } };

type Row = { id: string; title: string; ownerId: string | null; dueAt: Date | null };

function toItem(row: Row, now: Date): WorkItem {
  return {
    kind: "action_due",
    recordType: "action",
    recordId: row.id,
    title: row.title,
    dueAt: row.dueAt!,
    state: dueState(row.dueAt!, now, window),
    recipients: [{ userId: row.ownerId! }],
  };
}

const select = { id: true, title: true, ownerId: true, dueAt: true };

/** Actions due within 7 days or overdue, to their owner. */
export const actionWork: WorkProvider = {
  kinds: ["action_due"],
  async dueItems(organizationId, now) {
    const rows = await db.action.findMany({ where: { organizationId, ...open, dueAt: { lte: warnBefore(now, window) } }, select });
    return rows.map((row) => toItem(row, now));
  },
  async forUser(organizationId, userId, now, scope = "all") {
    const dueAt = scope === "due" ? { not: null, lte: warnBefore(now, window) } : { not: null };
    const rows = await db.action.findMany({ where: { organizationId, ...open, ownerId: userId, dueAt }, select });
    return rows.map((row) => toItem(row, now));
  },
};
