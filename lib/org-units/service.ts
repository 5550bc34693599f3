import "server-only";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { createAudited, deleteAudited, nextVersion, updateAudited, versionedWhere } from "../db/mutation";
import { assertReferences } from "../db/references";
import { AppError, badRequest } from "../errors";
import { toOrgUnitView } from "./queries";
import type { OrgUnitCreate, OrgUnitUpdate, OrgUnitView } from "./schema";

/** POST /api/v1/org-units, whose row checks org-units.write. */
export async function createOrgUnit(principal: Principal, input: OrgUnitCreate): Promise<OrgUnitView> {
  const row = await createAudited(principal, "org_unit", async (tx) => {
    await assertReferences(tx, principal.organizationId, { parentId: { type: "org_unit", ids: input.parentId } });
    return tx.orgUnit.create({ data: { ...input, organizationId: principal.organizationId } });
  });
  return toOrgUnitView(row);
}

export async function updateOrgUnit(principal: Principal, id: string, input: OrgUnitUpdate): Promise<OrgUnitView> {
  const { version, ...changes } = input;
  const row = await updateAudited(principal, "org_unit", {
    version,
    load: (tx) => tx.orgUnit.findUnique({ where: { id } }),
    check: (before) => {
      authorize(principal, "org-units.write", before);
      if (changes.parentId === id) throw badRequest("En enhet kan inte ligga under sig själv.", { parentId: ["Välj en annan enhet."] });
    },
    update: async (tx) => {
      await assertReferences(tx, principal.organizationId, { parentId: { type: "org_unit", ids: changes.parentId } });
      return tx.orgUnit.update({ where: versionedWhere(id, version), data: { ...changes, ...nextVersion } });
    },
  });
  return toOrgUnitView(row);
}

export async function deleteOrgUnit(principal: Principal, id: string): Promise<void> {
  await deleteAudited(principal, "org_unit", {
    load: (tx) => tx.orgUnit.findUnique({ where: { id } }),
    check: (before) => authorize(principal, "org-units.write", before),
    remove: async (tx) => {
      if (await tx.asset.count({ where: { orgUnitId: id } })) {
        throw new AppError(400, "unit_has_assets", "Enheten har informationstillgångar. Flytta dem först.");
      }
      return tx.orgUnit.delete({ where: { id } });
    },
  });
}
