import "server-only";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import type { Tx } from "../db/client";
import { createAudited, deleteAudited, nextVersion, updateAudited, versionedWhere } from "../db/mutation";
import { assertReferences } from "../db/references";
import { badRequest } from "../errors";
import { toActionView, withOwnerNames } from "./queries";
import { completionFor } from "./rules";
import type { ActionCreate, ActionSourceType, ActionUpdate, ActionView } from "./schema";

/** Source types whose records live in a table we can check. */
const CHECKED_SOURCES: Partial<Record<ActionSourceType, "asset" | "risk" | "riskAnalysis" | "incident">> = {
  asset: "asset",
  risk: "risk",
  risk_analysis: "riskAnalysis",
  incident: "incident",
};

/** Creates an action inside an existing transaction (used by registers that spawn actions). */
export async function insertAction(tx: Tx, principal: Principal, input: ActionCreate) {
  const sourceModel = input.source ? CHECKED_SOURCES[input.source.type] : undefined;
  await assertReferences(tx, principal.organizationId, {
    ownerId: { model: "user", ids: input.ownerId },
    ...(sourceModel ? { "source.id": { model: sourceModel, ids: input.source?.id } } : {}),
  });
  const { source, ...fields } = input;
  return tx.action.create({
    data: {
      ...fields,
      ...completionFor(input.status, input.completedAt),
      sourceType: source?.type ?? null,
      sourceId: source?.id ?? null,
      organizationId: principal.organizationId,
      createdById: principal.userId,
    },
  });
}

export async function createAction(principal: Principal, input: ActionCreate): Promise<ActionView> {
  authorize(principal, "actions.write");
  const row = await createAudited(principal, "action", (tx) => insertAction(tx, principal, input));
  return (await withOwnerNames([row]))[0];
}

export async function updateAction(principal: Principal, id: string, input: ActionUpdate): Promise<ActionView> {
  const { version, ...changes } = input;
  const row = await updateAudited(principal, "action", {
    version,
    load: (tx) => tx.action.findUnique({ where: { id } }),
    check: (before) => authorize(principal, "actions.write", { organizationId: before.organizationId, ownerIds: [before.ownerId] }),
    update: async (tx, before) => {
      await assertReferences(tx, principal.organizationId, { ownerId: { model: "user", ids: changes.ownerId } });
      return tx.action.update({
        where: versionedWhere(id, version),
        data: { ...changes, ...completionFor(changes.status, changes.completedAt, before.completedAt), ...nextVersion },
      });
    },
  });
  return (await withOwnerNames([row]))[0] ?? toActionView(row);
}

/** A record with actions is kept: deleting it would leave the actions without their origin. */
export async function assertNoActions(tx: Tx, organizationId: string, sourceType: ActionSourceType, sourceId: string): Promise<void> {
  const count = await tx.action.count({ where: { organizationId, sourceType, sourceId } });
  if (count > 0) throw badRequest(`Posten har ${count} åtgärd(er) och kan inte tas bort. Avsluta eller stäng den i stället.`);
}

export async function deleteAction(principal: Principal, id: string): Promise<void> {
  await deleteAudited(principal, "action", {
    load: (tx) => tx.action.findUnique({ where: { id } }),
    check: (before) => authorize(principal, "actions.delete", before),
    remove: (tx) => tx.action.delete({ where: { id } }),
  });
}
