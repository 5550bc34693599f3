import "server-only";
import type { Principal } from "../authz/roles";
import { db } from "../db/client";
import { lastMonths, startOfStockholmDay, stockholmMonth } from "../dates";
import { incidentWhere } from "./queries";
import type { IncidentTrend, IncidentTrendQuery } from "./schema";
import { loadIncidentSettings } from "./settings";

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
