import "server-only";
import type { Principal } from "../authz/roles";
import { db } from "../db/client";
import { quartiles } from "./rules";
import { loadResponse } from "./queries";
import type { BenchmarkView } from "./schema";
import type { ScoreResult } from "./scoring";
import { BENCHMARKING_SECTION } from "./settings";

/** Fewer contributing organisations than this and nothing is shown (anonymity). */
export const BENCHMARK_MINIMUM = 5;

/** Organisations that opted in to sharing (settings section "benchmarking"). */
async function optedIn(): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Organization" WHERE ("settings" -> ${BENCHMARKING_SECTION}::text ->> 'shareResults') = 'true'`;
  return rows.map((row) => row.id);
}

/**
 * GET …/responses/{rid}/benchmark: per work area, the quartiles of the latest submitted result of each
 * other opted-in organisation that answered a set with the same built-in identity (sets are per organisation,
 * so the identity is the built-in key, not the set id). Never names or ids of other organisations.
 */
export async function getBenchmark(principal: Principal, setId: string, id: string): Promise<BenchmarkView> {
  await loadResponse(principal, setId, id);
  const set = await db.questionSet.findUnique({ where: { id: setId }, select: { builtinKey: true } });
  if (!set?.builtinKey) return { available: false, contributors: 0 };
  // The asking organisation is compared with the others: its own result is never one of the five.
  const organizations = (await optedIn()).filter((organizationId) => organizationId !== principal.organizationId);
  if (organizations.length === 0) return { available: false, contributors: 0 };
  const rows = await db.questionnaireResponse.findMany({
    where: { status: "submitted", organizationId: { in: organizations }, questionSet: { builtinKey: set.builtinKey } },
    select: { organizationId: true, result: true },
    orderBy: [{ submittedAt: "desc" }, { createdAt: "desc" }],
  });
  const latest = new Map<string, ScoreResult>();
  for (const row of rows) if (row.result && !latest.has(row.organizationId)) latest.set(row.organizationId, row.result as unknown as ScoreResult);
  const contributors = latest.size;
  if (contributors < BENCHMARK_MINIMUM) return { available: false, contributors };
  const byArea = new Map<string, number[]>();
  for (const result of latest.values()) for (const area of result.areas) byArea.set(area.key, [...(byArea.get(area.key) ?? []), area.level]);
  return { available: true, contributors, areas: [...byArea].map(([key, levels]) => ({ key, ...quartiles(levels) })) };
}
