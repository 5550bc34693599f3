import "server-only";
import { contractContext } from "../contracts/queries";
import { noticeDate } from "../contracts/rules";
import { addCalendarDays } from "../dates";
import { db } from "../db/client";
import type { DueState, WorkItem, WorkProvider } from "../work/types";
import { lastFollowUps, supplierFacts, supplierInclude } from "./queries";
import { readSupplierSettings } from "./settings";

/** A contract's notice date is due soon 90 days ahead; a follow-up 30 days ahead. */
const NOTICE_WARNING_DAYS = 90;
const FOLLOW_UP_WARNING_DAYS = 30;

function stateOf(due: Date, now: Date, warningDays: number): DueState {
  if (due.getTime() < now.getTime()) return "overdue";
  return due.getTime() <= addCalendarDays(now, warningDays).getTime() ? "due_soon" : "upcoming";
}

/** Notice dates of running contracts, to the contract owner. */
async function noticeItems(organizationId: string, now: Date, ownerId?: string): Promise<WorkItem[]> {
  const rows = await db.contract.findMany({
    where: { organizationId, status: "active", endsAt: { not: null }, ownerId: ownerId ?? { not: null } },
    select: { id: true, title: true, endsAt: true, noticeMonths: true, ownerId: true },
  });
  return rows.flatMap((row) => {
    const due = noticeDate(row.endsAt, row.noticeMonths);
    if (!due || !row.ownerId) return [];
    return [{ kind: "contract_notice", recordType: "contract", recordId: row.id, title: row.title, dueAt: due, state: stateOf(due, now, NOTICE_WARNING_DAYS), recipients: [{ userId: row.ownerId }] } satisfies WorkItem];
  });
}

/** Next follow-ups of suppliers, to the supplier's owner (supplier manager). */
async function followUpItems(organizationId: string, now: Date, ownerId?: string): Promise<WorkItem[]> {
  const [rows, context, settings] = await Promise.all([
    db.supplier.findMany({ where: { organizationId, status: { not: "ended" }, ownerId: ownerId ?? { not: null } }, include: supplierInclude }),
    contractContext(db, organizationId),
    readSupplierSettings(db, organizationId),
  ]);
  const last = await lastFollowUps(db, organizationId, rows.map((row) => row.id));
  return rows.flatMap((row) => {
    const { next } = supplierFacts(row, context, last.get(row.id) ?? null, now, settings.followUpIntervals);
    if (!next || !row.ownerId) return [];
    return [{ kind: "supplier_follow_up", recordType: "supplier", recordId: row.id, title: row.name, dueAt: next, state: stateOf(next, now, FOLLOW_UP_WARNING_DAYS), recipients: [{ userId: row.ownerId }] } satisfies WorkItem];
  });
}

export const supplierWork: WorkProvider = {
  kinds: ["contract_notice", "supplier_follow_up"],
  async dueItems(organizationId, now) {
    const items = (await Promise.all([noticeItems(organizationId, now), followUpItems(organizationId, now)])).flat();
    return items.filter((item) => item.state !== "upcoming");
  },
  async forUser(organizationId, userId, now) {
    return (await Promise.all([noticeItems(organizationId, now, userId), followUpItems(organizationId, now, userId)])).flat();
  },
};
