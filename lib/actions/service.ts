import "server-only";
import { recordAudit } from "../audit/trail";
import { authorize, scopeOf } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { db, type Tx } from "../db/client";
import { deleteAudited, nextVersion, updateAudited, versionedWhere } from "../db/mutation";
import { assertReferences } from "../db/references";
import { AppError } from "../errors";
import { toActionView, toActionViews } from "./queries";
import { completionFor, fieldsBeyondOwner } from "./rules";
import type { ActionCreate, ActionSourceType, ActionUpdate, ActionView } from "./schema";

/**
 * Creates an action and its audit event in the caller's transaction, so a register that spawns
 * an action (a maturity proposal) commits both together. The route checked `actions.create`.
 */
export async function createActionInTx(tx: Tx, principal: Principal, input: ActionCreate) {
  await assertReferences(tx, principal.organizationId, {
    ownerId: { type: "user", ids: input.ownerId, duty: "action_owner" },
    ...(input.source ? { "source.id": { type: input.source.type, ids: input.source.id } } : {}),
  });
  const { source, ...fields } = input;
  const created = await tx.action.create({
    data: {
      ...fields,
      ...completionFor(input.status, input.completedAt),
      sourceType: source?.type ?? null,
      sourceId: source?.id ?? null,
      organizationId: principal.organizationId,
      createdById: principal.userId,
    },
  });
  await recordAudit(tx, principal, { entity: "action", entityId: created.id, action: "create", after: created });
  return created;
}

/** 403 naming the fields an action's owner may not change (only status, completion and effect). */
const ownerOnly = (fields: string[]) =>
  new AppError(403, "forbidden", "Som ansvarig för åtgärden ändrar du status och effekt; övrigt ändrar informationssäkerhetssamordnaren.", Object.fromEntries(fields.map((field) => [field, ["Får inte ändras av dig."]])));

export async function createAction(principal: Principal, input: ActionCreate): Promise<ActionView> {
  authorize(principal, "actions.create");
  const row = await db.$transaction((tx) => createActionInTx(tx, principal, input));
  return (await toActionViews([row], principal))[0];
}

export async function updateAction(principal: Principal, id: string, input: ActionUpdate): Promise<ActionView> {
  const { version, ...changes } = input;
  const row = await updateAudited(principal, "action", {
    version,
    load: (tx) => tx.action.findUnique({ where: { id } }),
    check: (before) => {
      authorize(principal, "actions.write", { organizationId: before.organizationId, ownerIds: [before.ownerId] });
      const beyond = scopeOf(principal, "actions.write") === "all" ? [] : fieldsBeyondOwner(changes);
      if (beyond.length) throw ownerOnly(beyond);
    },
    update: async (tx, before) => {
      await assertReferences(tx, principal.organizationId, { ownerId: { type: "user", ids: changes.ownerId, duty: "action_owner" } });
      return tx.action.update({
        where: versionedWhere(id, version),
        data: { ...changes, ...completionFor(changes.status, changes.completedAt, before.completedAt), ...nextVersion },
      });
    },
  });
  return (await toActionViews([row], principal))[0] ?? toActionView(row);
}

/** A record with actions is kept: deleting it would leave the actions without their origin. */
export async function assertNoActions(tx: Tx, organizationId: string, sourceType: ActionSourceType, sourceId: string): Promise<void> {
  const count = await tx.action.count({ where: { organizationId, sourceType, sourceId } });
  if (count > 0) throw new AppError(400, "has_actions", `Posten har ${count} åtgärd(er) och kan inte tas bort. Avsluta eller stäng den i stället.`, undefined, { count });
}

export async function deleteAction(principal: Principal, id: string): Promise<void> {
  await deleteAudited(principal, "action", {
    load: (tx) => tx.action.findUnique({ where: { id } }),
    check: (before) => authorize(principal, "actions.delete", before),
    remove: (tx) => tx.action.delete({ where: { id } }),
  });
}
