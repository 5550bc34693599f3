import "server-only";
import { pageArgs, type ListResult } from "../api/list";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { db } from "../db/client";
import { lastMonths, startOfStockholmDay, stockholmMonth } from "./dates";
import { incidentWhere } from "./filters";
import { loadIncidentSettings } from "./settings";
import type { AssetOptionsQuery, IncidentListQuery, IncidentTrend, IncidentTrendQuery, IncidentView } from "./schema";
import { incidentInclude, incidentRecord, toIncidentViews } from "./view";

export async function listIncidents(principal: Principal, query: IncidentListQuery): Promise<ListResult<IncidentView>> {
  const where = await incidentWhere(principal, query);
  const [rows, total] = await Promise.all([
    db.incident.findMany({ where, include: incidentInclude, ...pageArgs(query, { occurredAt: "desc" }) }),
    db.incident.count({ where }),
  ]);
  return { items: await toIncidentViews(principal, rows), total, page: query.page, pageSize: query.pageSize };
}

export async function getIncident(principal: Principal, id: string): Promise<IncidentView> {
  const row = await db.incident.findUnique({ where: { id }, include: incidentInclude });
  authorize(principal, "incidents.read", row ? incidentRecord(row) : null);
  return (await toIncidentViews(principal, [row!]))[0];
}

/** Incidents per Stockholm month and category, for the last `months` months (filters apply). */
export async function incidentTrend(principal: Principal, query: IncidentTrendQuery, now = new Date()): Promise<IncidentTrend> {
  const months = lastMonths(now, query.months);
  const where = await incidentWhere(principal, query, now);
  const [rows, settings] = await Promise.all([
    db.incident.findMany({
      where: { AND: [where, { occurredAt: { gte: startOfStockholmDay(`${months[0]}-01`), lte: now } }] },
      select: { occurredAt: true, categories: true },
    }),
    loadIncidentSettings(db, principal.organizationId),
  ]);
  const buckets = new Map(months.map((month) => [month, { month, total: 0, byCategory: {} as Record<string, number> }]));
  const seen = new Set<string>();
  for (const row of rows) {
    const bucket = buckets.get(stockholmMonth(row.occurredAt));
    if (!bucket) continue;
    bucket.total++;
    // An incident without a category is counted as "uncategorised" so the stacks add up to the total.
    for (const code of row.categories.length ? row.categories : ["uncategorised"]) {
      bucket.byCategory[code] = (bucket.byCategory[code] ?? 0) + 1;
      seen.add(code);
    }
  }
  const known = settings.categories.map(({ code, label }) => ({ code, label }));
  const extra = [...seen].filter((code) => !known.some((c) => c.code === code)).map((code) => ({ code, label: code === "uncategorised" ? "Ej kategoriserad" : code }));
  return { months: [...buckets.values()], categories: [...known, ...extra] };
}

/**
 * Asset search for the reporting form. Reporters may not read the asset register, but must be able
 * to name what was affected: they get names only, nothing of the classification.
 */
export async function incidentAssetOptions(principal: Principal, query: AssetOptionsQuery): Promise<{ items: { id: string; name: string }[] }> {
  authorize(principal, "incidents.report");
  const items = await db.asset.findMany({
    where: { organizationId: principal.organizationId, ...(query.q ? { name: { contains: query.q, mode: "insensitive" } } : {}) },
    select: { id: true, name: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 20,
  });
  return { items };
}
