import "server-only";
import { listScope } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { db, type Prisma } from "../db/client";
import { startOfStockholmDay } from "./dates";
import { foreseenIncidentIds } from "./foreseen";
import { obligationOverdueWhere } from "./obligations";
import type { IncidentFilter } from "./schema";

const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);
const nextDay = (day: string) => new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)) + 1)).toISOString().slice(0, 10);

/** A day in `from` starts at Swedish midnight; a day in `to` includes the whole day. */
export function occurredPeriod(from?: string, to?: string): Prisma.DateTimeFilter | undefined {
  if (!from && !to) return undefined;
  return {
    ...(from ? { gte: isDay(from) ? startOfStockholmDay(from) : new Date(from) } : {}),
    ...(to ? (isDay(to) ? { lt: startOfStockholmDay(nextDay(to)) } : { lte: new Date(to) }) : {}),
  };
}

/** Incidents the user owns: reported by them, or on an asset they own (see `incidentRecord`). */
export const ownIncidentsWhere = (userId: string): Prisma.IncidentWhereInput => ({
  OR: [{ reporterId: userId }, { assets: { some: { asset: { ownerId: userId } } } }],
});

/** The `where` for a list, trend or export: organisation, the role's scope and the filters. */
export async function incidentWhere(principal: Principal, filter: IncidentFilter, now = new Date()): Promise<Prisma.IncidentWhereInput> {
  const scope = listScope(principal, "incidents.read");
  const and: Prisma.IncidentWhereInput[] = [{ organizationId: principal.organizationId }];
  if (scope === "own") and.push(ownIncidentsWhere(principal.userId));
  if (filter.status) and.push({ status: filter.status });
  if (filter.open === true) and.push({ status: { not: "closed" } });
  if (filter.open === false) and.push({ status: "closed" });
  if (filter.severity) and.push({ severity: filter.severity });
  if (filter.category) and.push({ categories: { has: filter.category } });
  if (filter.assetId) and.push({ assets: { some: { assetId: filter.assetId } } });
  if (filter.orgUnitId) and.push({ assets: { some: { asset: { orgUnitId: filter.orgUnitId } } } });
  if (filter.reporterId) and.push({ reporterId: filter.reporterId });
  if (filter.handlerId) and.push({ handlerId: filter.handlerId });
  if (filter.obligationOverdue === true) and.push(obligationOverdueWhere(now));
  if (filter.obligationOverdue === false) and.push({ NOT: obligationOverdueWhere(now) });
  const period = occurredPeriod(filter.from, filter.to);
  if (period) and.push({ occurredAt: period });
  if (filter.q) {
    and.push({ OR: [{ reference: { contains: filter.q, mode: "insensitive" } }, { title: { contains: filter.q, mode: "insensitive" } }] });
  }
  if (filter.foreseen !== undefined) {
    const ids = await foreseenIncidentIds(db, principal.organizationId);
    and.push({ id: filter.foreseen ? { in: ids } : { notIn: ids } });
  }
  return { AND: and };
}
