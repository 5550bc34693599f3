import "server-only";
import type { Principal } from "../authz/roles";
import { addCalendarDays, stockholmToday } from "../dates";
import { db } from "../db/client";
import { contractScope } from "./queries";
import { GAP_STATUSES, noticeDate } from "./rules";

const day = (value: Date) => value.toISOString().slice(0, 10);

export interface CalendarEvent {
  date: string;
  kind: "notice" | "end";
  contractId: string;
  title: string;
  supplierName: string;
  autoRenewal: boolean;
}

/** Notice and end dates of running contracts from today and `days` ahead, earliest first. */
export async function contractCalendar(principal: Principal, days = 365, now = new Date()): Promise<CalendarEvent[]> {
  const from = stockholmToday(now);
  const until = addCalendarDays(from, days);
  const rows = await db.contract.findMany({
    where: { AND: [contractScope(principal), { status: { in: [...GAP_STATUSES] }, endsAt: { gte: from } }] },
    select: { id: true, title: true, endsAt: true, noticeMonths: true, autoRenewal: true, supplier: { select: { name: true } } },
  });
  const events = rows.flatMap((row) => {
    const base = { contractId: row.id, title: row.title, supplierName: row.supplier.name, autoRenewal: row.autoRenewal };
    const notice = noticeDate(row.endsAt, row.noticeMonths);
    return [
      ...(notice && row.noticeMonths ? [{ ...base, kind: "notice" as const, at: notice }] : []),
      { ...base, kind: "end" as const, at: row.endsAt! },
    ];
  });
  return events
    .filter((event) => event.at >= from && event.at <= until)
    .sort((a, b) => a.at.getTime() - b.at.getTime() || a.title.localeCompare(b.title, "sv"))
    .map(({ at, ...event }) => ({ ...event, date: day(at) }));
}
