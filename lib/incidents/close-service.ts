import "server-only";
import { recordAudit } from "../audit/trail";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { db, type Prisma } from "../db/client";
import { nextVersion, versionedWhere } from "../db/mutation";
import { conflict, notFound } from "../errors";
import { alreadyClosed, assertMayClose } from "./errors";
import { outcomeChanges, withChanges } from "./obligation-service";
import { writeObligationChangesInTx } from "./obligation-sync";
import { closingPath, closingProblems } from "./rules";
import type { IncidentClose, IncidentStatus, IncidentView } from "./schema";
import { incidentInclude, incidentRecord, toIncidentViews, type IncidentRow } from "./queries";

/**
 * "Stäng incidenten": records the root cause, lessons learned and what became of each open
 * obligation, checks that the incident may close (root cause for severity 3–4, every obligation
 * reported or assessed as not reportable), then walks the remaining statuses up to closed. Each
 * write is its own audited step, all in one transaction: the trail shows every move, and a
 * refusal leaves nothing behind.
 */
export async function closeIncident(principal: Principal, id: string, input: IncidentClose): Promise<IncidentView> {
  const row = await db.$transaction(async (tx) => {
    const load = async () => tx.incident.findUnique({ where: { id }, include: incidentInclude });
    const before = await load();
    if (!before) throw notFound();
    authorize(principal, "incidents.handle", incidentRecord(before));
    if (before.version !== input.version) throw conflict();

    const from = before.status as IncidentStatus;
    if (from === "closed") throw alreadyClosed();
    const now = new Date();
    const outcomes = outcomeChanges(input.obligations, before.obligations, { detectedAt: before.detectedAt, userId: principal.userId, now });
    const rootCause = input.rootCause === undefined ? before.rootCause : input.rootCause;
    const lessonsLearned = input.lessonsLearned === undefined ? before.lessonsLearned : input.lessonsLearned;
    assertMayClose(closingProblems({ severity: before.severity, rootCause, obligations: withChanges(before.obligations, outcomes) }));

    let current: IncidentRow = before;
    const step = async (data: Prisma.IncidentUpdateManyMutationInput, alsoWrite?: () => Promise<void>) => {
      // A concurrent write between our read and this one moved the version on: 409, never a lost update.
      const { count } = await tx.incident.updateMany({ where: versionedWhere(id, current.version), data: { ...data, ...nextVersion } });
      if (count === 0) throw conflict();
      await alsoWrite?.();
      const after = (await load())!;
      await recordAudit(tx, principal, { entity: "incident", entityId: id, action: "update", before: current, after });
      current = after;
    };
    if (outcomes.size > 0 || rootCause !== before.rootCause || lessonsLearned !== before.lessonsLearned) {
      await step({ rootCause, lessonsLearned }, () => writeObligationChangesInTx(tx, id, outcomes));
    }
    for (const status of closingPath(from)) await step({ status, closedAt: status === "closed" ? now : null });
    return current;
  });
  return (await toIncidentViews([row], principal))[0];
}
