import "server-only";
import type { Tx } from "../db/client";
import type { ObligationChange } from "./obligation-outcomes";
import { nis2FinalReportDue, reconcileObligations, requiredObligations, type ObligationFacts, type ObligationSettings, type RecordedObligation } from "./obligations";

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

/** Writes reports and assessments onto the incident's obligation rows (which exist: see outcomeChanges). */
export async function writeObligationChangesInTx(tx: Tx, incidentId: string, changes: ReadonlyMap<string, ObligationChange>): Promise<void> {
  for (const [kind, change] of changes) {
    await tx.incidentObligation.update({ where: { incidentId_kind: { incidentId, kind } }, data: change });
  }
  // The NIS2 final report runs from when the notification was actually made (or from its due time).
  const notification = changes.get("nis2_notification");
  if (!notification) return;
  const due = await tx.incidentObligation.findUnique({ where: { incidentId_kind: { incidentId, kind: "nis2_notification" } }, select: { dueAt: true } });
  await tx.incidentObligation.updateMany({ where: { incidentId, kind: "nis2_final_report" }, data: { dueAt: nis2FinalReportDue(due!.dueAt, notification.reportedAt) } });
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
