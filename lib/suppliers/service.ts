import "server-only";
import { assertNoActions } from "../actions/service";
import { recordAudit } from "../audit/trail";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { db, type Tx } from "../db/client";
import { deleteAudited, nextVersion, updateAudited, versionedWhere } from "../db/mutation";
import { assertReferences } from "../db/references";
import { badRequest } from "../errors";
import { supplierInclude, supplierRecord, toSupplierViews } from "./queries";
import type { SupplierCreate, SupplierUpdate, SupplierView } from "./schema";

// Each write reads: authorise → check references → apply the rules → write with the audit event → view.

function assertSupplierReferences(tx: Tx, principal: Principal, input: Partial<SupplierCreate>) {
  return assertReferences(tx, principal.organizationId, {
    ownerId: { type: "user", ids: input.ownerId },
    parentSupplierId: { type: "supplier", ids: input.parentSupplierId },
  });
}

/** A criticality set by hand needs its motivation. */
function assertOverride(override: number | null | undefined, motivation: string | null | undefined): void {
  if (override !== null && override !== undefined && !motivation) {
    throw badRequest("Motivera den manuellt satta kritikaliteten.", { criticalityMotivation: ["Ange varför kritikaliteten sätts för hand."] });
  }
}

/** A chain of subcontractors never loops: the new parent must not be the supplier or below it. */
async function assertNoCycle(tx: Tx, supplierId: string, parentId: string | null | undefined): Promise<void> {
  let current = parentId ?? null;
  // Chains are short; a bound keeps a corrupt chain from spinning.
  for (let depth = 0; current && depth < 50; depth += 1) {
    if (current === supplierId) throw badRequest("En leverantör kan inte vara underleverantör till sig själv.", { parentSupplierId: ["Kedjan av underleverantörer får inte gå i cirkel."] });
    const parent: { parentSupplierId: string | null } | null = await tx.supplier.findUnique({ where: { id: current }, select: { parentSupplierId: true } });
    current = parent?.parentSupplierId ?? null;
  }
}

function supplierData(input: Partial<SupplierCreate>) {
  const { certifications, ...plain } = input;
  return {
    ...plain,
    ...(certifications !== undefined ? { certifications: certifications.map((item) => ({ standard: item.standard, validUntil: item.validUntil?.toISOString().slice(0, 10) ?? null })) } : {}),
  };
}

export async function createSupplier(principal: Principal, input: SupplierCreate): Promise<SupplierView> {
  authorize(principal, "suppliers.write");
  const row = await db.$transaction(async (tx) => {
    await assertSupplierReferences(tx, principal, input);
    assertOverride(input.criticalityOverride, input.criticalityMotivation);
    const created = await tx.supplier.create({ data: { ...supplierData(input), name: input.name, category: input.category, organizationId: principal.organizationId }, include: supplierInclude });
    await recordAudit(tx, principal, { entity: "supplier", entityId: created.id, action: "create", after: created });
    return created;
  });
  return (await toSupplierViews([row], principal.organizationId))[0];
}

export async function updateSupplier(principal: Principal, id: string, input: SupplierUpdate): Promise<SupplierView> {
  const { version, ...changes } = input;
  const row = await updateAudited(principal, "supplier", {
    version,
    load: (tx) => tx.supplier.findUnique({ where: { id }, include: supplierInclude }),
    check: (before) => authorize(principal, "suppliers.write", supplierRecord(before)),
    update: async (tx, before) => {
      await assertSupplierReferences(tx, principal, changes);
      if (changes.parentSupplierId !== undefined) await assertNoCycle(tx, id, changes.parentSupplierId);
      const override = changes.criticalityOverride !== undefined ? changes.criticalityOverride : before.criticalityOverride;
      assertOverride(override, changes.criticalityMotivation !== undefined ? changes.criticalityMotivation : before.criticalityMotivation);
      return tx.supplier.update({ where: versionedWhere(id, version), data: { ...supplierData(changes), ...nextVersion }, include: supplierInclude });
    },
  });
  return (await toSupplierViews([row], principal.organizationId))[0];
}

/** A supplier with contracts or actions is kept (end it instead); its follow-ups go with it. */
export async function deleteSupplier(principal: Principal, id: string): Promise<void> {
  await deleteAudited(principal, "supplier", {
    load: (tx) => tx.supplier.findUnique({ where: { id }, include: supplierInclude }),
    check: (before) => authorize(principal, "suppliers.write", supplierRecord(before)),
    remove: async (tx, before) => {
      if (before.contracts.length) throw badRequest("Leverantören har avtal och kan inte tas bort. Sätt status Avslutad i stället.", { id: ["Leverantören har avtal."] });
      await assertNoActions(tx, before.organizationId, "supplier", id);
      return tx.supplier.delete({ where: { id } });
    },
  });
}
