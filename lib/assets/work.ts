import "server-only";
import { db } from "../db/client";
import type { WorkItem, WorkProvider } from "../work/types";
import { dueState, WARNING_WINDOWS, warnBefore } from "../work/rules";

const window = WARNING_WINDOWS.asset_review;
const select = { id: true, name: true, ownerId: true, reviewDueAt: true };
type Row = { id: string; name: string; ownerId: string | null; reviewDueAt: Date | null };

function toItem(row: Row, now: Date): WorkItem {
  return {
    kind: "asset_review",
    recordType: "asset",
    recordId: row.id,
    title: row.name,
    dueAt: row.reviewDueAt!,
    state: dueState(row.reviewDueAt!, now, window),
    recipients: [{ userId: row.ownerId! }],
  };
}

/** Classification reviews (yearly) due within 14 days or overdue, to the information owner. */
export const assetWork: WorkProvider = {
  kinds: ["asset_review"],
  async dueItems(organizationId, now) {
    const rows = await db.asset.findMany({ where: { organizationId, ownerId: { not: null }, reviewDueAt: { lte: warnBefore(now, window) } }, select });
    return rows.map((row) => toItem(row, now));
  },
  async forUser(organizationId, userId, now, scope = "all") {
    const reviewDueAt = scope === "due" ? { not: null, lte: warnBefore(now, window) } : { not: null };
    const rows = await db.asset.findMany({ where: { organizationId, ownerId: userId, reviewDueAt }, select });
    return rows.map((row) => toItem(row, now));
  },
};
