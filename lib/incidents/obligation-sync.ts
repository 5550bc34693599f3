import "server-only";
import type { Tx } from "../db/client";
import { reconcileObligations, requiredObligations, type ObligationFacts, type ObligationSettings, type RecordedObligation } from "./obligations";

/** Brings an incident's obligation rows in line with its facts, keeping reports already recorded. */
export async function syncObligations(
  tx: Tx,
  incidentId: string,
  settings: ObligationSettings,
  facts: ObligationFacts,
  existing: ReadonlyArray<RecordedObligation>,
): Promise<void> {
  const plan = reconcileObligations(requiredObligations(settings, facts, existing), existing);
  if (plan.create.length) await tx.incidentObligation.createMany({ data: plan.create.map((o) => ({ incidentId, kind: o.kind, dueAt: o.dueAt })) });
  for (const o of plan.update) {
    await tx.incidentObligation.update({ where: { incidentId_kind: { incidentId, kind: o.kind } }, data: { dueAt: o.dueAt } });
  }
  if (plan.remove.length) await tx.incidentObligation.deleteMany({ where: { incidentId, kind: { in: plan.remove } } });
}

/**
 * Next number of a per-organisation counter, atomically: concurrent reports each get their own
 * (INSERT … ON CONFLICT DO UPDATE takes the row lock, so two transactions never read the same value).
 */
export async function nextSequenceValue(tx: Tx, organizationId: string, key: string): Promise<number> {
  const rows = await tx.$queryRaw<{ value: number }[]>`
    INSERT INTO "Sequence" ("organizationId", "key", "value") VALUES (${organizationId}, ${key}, 1)
    ON CONFLICT ("organizationId", "key") DO UPDATE SET "value" = "Sequence"."value" + 1
    RETURNING "value"`;
  return Number(rows[0].value);
}
