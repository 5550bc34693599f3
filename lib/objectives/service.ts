import "server-only";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import type { Tx } from "../db/client";
import { createAudited, deleteAudited, nextVersion, updateAudited, versionedWhere } from "../db/mutation";
import { assertReferences } from "../db/references";
import { toObjectiveViews } from "./queries";
import type { ObjectiveCreate, ObjectiveUpdate, ObjectiveView } from "./schema";

// Objectives are decided at the management review, so writing them takes the review's permission.
const checkOwner = (tx: Tx, principal: Principal, ownerId: string | null | undefined) =>
  assertReferences(tx, principal.organizationId, { ownerId: { type: "user", ids: ownerId } });

export async function createObjective(principal: Principal, input: ObjectiveCreate): Promise<ObjectiveView> {
  authorize(principal, "management-reviews.write");
  const row = await createAudited(principal, "objective", async (tx) => {
    await checkOwner(tx, principal, input.ownerId);
    return tx.objective.create({ data: { ...input, organizationId: principal.organizationId } });
  });
  return (await toObjectiveViews([row]))[0];
}

export async function updateObjective(principal: Principal, id: string, input: ObjectiveUpdate): Promise<ObjectiveView> {
  const { version, ...changes } = input;
  const row = await updateAudited(principal, "objective", {
    version,
    load: (tx) => tx.objective.findUnique({ where: { id } }),
    check: (before) => authorize(principal, "management-reviews.write", before),
    update: async (tx) => {
      await checkOwner(tx, principal, changes.ownerId);
      return tx.objective.update({ where: versionedWhere(id, version), data: { ...changes, ...nextVersion } });
    },
  });
  return (await toObjectiveViews([row]))[0];
}

/** An objective dropped at a review; section (d) of a held review keeps its frozen copy. */
export async function deleteObjective(principal: Principal, id: string): Promise<void> {
  await deleteAudited(principal, "objective", {
    load: (tx) => tx.objective.findUnique({ where: { id } }),
    check: (before) => authorize(principal, "management-reviews.write", before),
    remove: (tx) => tx.objective.delete({ where: { id } }),
  });
}
