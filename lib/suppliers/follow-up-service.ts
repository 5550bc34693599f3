import "server-only";
import { createActionInTx } from "../actions/service";
import { recordAudit } from "../audit/trail";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { db, type Tx } from "../db/client";
import { deleteAudited, nextVersion, updateAudited, versionedWhere } from "../db/mutation";
import { assertReferences } from "../db/references";
import { badRequest } from "../errors";
import { followUpInclude, followUpRecord, toFollowUpView } from "./follow-ups";
import type { FollowUpCreate, FollowUpUpdate, FollowUpView } from "./schema";

/** A follow-up of one contract must be of that contract's supplier. */
async function assertContractOfSupplier(tx: Tx, supplierId: string, contractId: string | null | undefined): Promise<void> {
  if (!contractId) return;
  const contract = await tx.contract.findUnique({ where: { id: contractId }, select: { supplierId: true } });
  if (contract?.supplierId !== supplierId) throw badRequest("Avtalet hör inte till leverantören.", { contractId: ["Välj ett avtal med den här leverantören."] });
}

/**
 * Records a follow-up; each remark becomes an action (source `supplier`, DESIGN §5) in the same
 * transaction, so the follow-up and what it calls for commit together.
 */
export async function createFollowUp(principal: Principal, input: FollowUpCreate): Promise<FollowUpView> {
  authorize(principal, "suppliers.write");
  const row = await db.$transaction(async (tx) => {
    await assertReferences(tx, principal.organizationId, {
      supplierId: { type: "supplier", ids: input.supplierId },
      contractId: { type: "contract", ids: input.contractId },
      "remarks.ownerId": { type: "user", ids: (input.remarks ?? []).map((remark) => remark.ownerId) },
    });
    await assertContractOfSupplier(tx, input.supplierId, input.contractId);
    const remarkActionIds: string[] = [];
    // One after another: the writes share the transaction's connection.
    for (const remark of input.remarks ?? []) {
      const action = await createActionInTx(tx, principal, { ...remark, status: "planned", source: { type: "supplier", id: input.supplierId } });
      remarkActionIds.push(action.id);
    }
    const { remarks: _remarks, ...fields } = input;
    const created = await tx.supplierFollowUp.create({
      data: { ...fields, organizationId: principal.organizationId, remarkActionIds, createdById: principal.userId },
      include: followUpInclude,
    });
    const { supplier: _supplier, ...after } = created;
    await recordAudit(tx, principal, { entity: "supplier_follow_up", entityId: created.id, action: "create", after });
    return created;
  });
  return toFollowUpView(row);
}

export async function updateFollowUp(principal: Principal, id: string, input: FollowUpUpdate): Promise<FollowUpView> {
  const { version, ...changes } = input;
  const row = await updateAudited(principal, "supplier_follow_up", {
    version,
    load: (tx) => tx.supplierFollowUp.findUnique({ where: { id }, include: followUpInclude }),
    check: (before) => authorize(principal, "suppliers.write", followUpRecord(before)),
    update: async (tx, before) => {
      await assertReferences(tx, principal.organizationId, { contractId: { type: "contract", ids: changes.contractId } });
      await assertContractOfSupplier(tx, before.supplierId, changes.contractId);
      return tx.supplierFollowUp.update({ where: versionedWhere(id, version), data: { ...changes, ...nextVersion }, include: followUpInclude });
    },
  });
  return toFollowUpView(row);
}

export async function deleteFollowUp(principal: Principal, id: string): Promise<void> {
  await deleteAudited(principal, "supplier_follow_up", {
    load: (tx) => tx.supplierFollowUp.findUnique({ where: { id }, include: followUpInclude }),
    check: (before) => authorize(principal, "suppliers.write", followUpRecord(before)),
    remove: (tx) => tx.supplierFollowUp.delete({ where: { id } }),
  });
}
