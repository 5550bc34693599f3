import "server-only";
import { assertNoActions, createActionInTx } from "../actions/service";
import { toActionViews } from "../actions/queries";
import type { ActionView } from "../actions/schema";
import { recordAudit } from "../audit/trail";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { db, type Tx } from "../db/client";
import { deleteAudited, nextVersion, updateAudited, versionedWhere } from "../db/mutation";
import { assertReferences } from "../db/references";
import { badRequest } from "../errors";
import { contractContext, contractFacts, contractInclude, contractRecord, toContractViews, type ContractRow } from "./queries";
import type { ContractCreate, ContractGapAction, ContractRequirementStatusInput, ContractRequirementView, ContractUpdate, ContractView } from "./schema";
import { gapActionTitle } from "./rules";

// Each write reads: authorise → check references → apply the rules → write with the audit event → view.
// requiredLevel, personalData, securityProtection, requirements and gaps are not stored: they are
// derived from the linked assets when read, so reclassifying an asset changes them at once.

function assertContractReferences(tx: Tx, principal: Principal, input: Partial<ContractCreate>) {
  return assertReferences(tx, principal.organizationId, {
    supplierId: { type: "supplier", ids: input.supplierId },
    orgUnitId: { type: "org_unit", ids: input.orgUnitId },
    ownerId: { type: "user", ids: input.ownerId },
    assetIds: { type: "asset", ids: input.assetIds },
  });
}

/** The columns of a create or update; undefined leaves a column as it is. */
function contractData(input: Partial<ContractCreate>) {
  const { dpa, securityProtectionAgreement, procurementSteps, assetIds: _assetIds, supplierId: _supplierId, ...plain } = input;
  return {
    ...plain,
    ...(dpa !== undefined ? { dpaSignedAt: dpa?.signedAt ?? null, dpaReference: dpa?.reference ?? null } : {}),
    ...(securityProtectionAgreement !== undefined
      ? { securityAgreementSignedAt: securityProtectionAgreement?.signedAt ?? null, securityAgreementReference: securityProtectionAgreement?.reference ?? null }
      : {}),
    ...(procurementSteps !== undefined ? { procurementSteps: procurementSteps.map((step) => ({ ...step, at: step.at?.toISOString() ?? null })) } : {}),
  };
}

export async function createContract(principal: Principal, input: ContractCreate): Promise<ContractView> {
  authorize(principal, "suppliers.write");
  const row = await db.$transaction(async (tx) => {
    await assertContractReferences(tx, principal, input);
    const created = await tx.contract.create({
      data: {
        ...contractData(input),
        organizationId: principal.organizationId,
        supplierId: input.supplierId,
        title: input.title,
        assets: { create: [...new Set(input.assetIds ?? [])].map((assetId) => ({ assetId })) },
      },
      include: contractInclude,
    });
    await recordAudit(tx, principal, { entity: "contract", entityId: created.id, action: "create", after: created });
    return created;
  });
  return (await toContractViews([row], principal.organizationId))[0];
}

const loadContract = (id: string) => (tx: Tx) => tx.contract.findUnique({ where: { id }, include: contractInclude });

export async function updateContract(principal: Principal, id: string, input: ContractUpdate): Promise<ContractView> {
  const { version, ...changes } = input;
  const row = await updateAudited(principal, "contract", {
    version,
    load: loadContract(id),
    check: (before) => authorize(principal, "suppliers.write", contractRecord(before)),
    update: async (tx, before) => {
      await assertContractReferences(tx, principal, changes);
      return tx.contract.update({
        where: versionedWhere(before.id, version),
        data: {
          ...contractData(changes),
          ...(changes.supplierId ? { supplierId: changes.supplierId } : {}),
          ...(changes.assetIds ? { assets: { deleteMany: {}, create: [...new Set(changes.assetIds)].map((assetId) => ({ assetId })) } } : {}),
          ...nextVersion,
        },
        include: contractInclude,
      });
    },
  });
  return (await toContractViews([row], principal.organizationId))[0];
}

export async function deleteContract(principal: Principal, id: string): Promise<void> {
  await deleteAudited(principal, "contract", {
    load: loadContract(id),
    check: (before) => authorize(principal, "suppliers.write", contractRecord(before)),
    remove: async (tx, before) => {
      await assertNoActions(tx, before.organizationId, "contract", id);
      return tx.contract.delete({ where: { id } });
    },
  });
}

/** The contract (authorised for `permission`) and its facts as they stand, in the caller's transaction. */
async function loadWithFacts(tx: Tx, principal: Principal, id: string, permission: "suppliers.write" | "suppliers.requirements") {
  const row = await tx.contract.findUnique({ where: { id }, include: contractInclude });
  authorize(principal, permission, contractRecord(row));
  const facts = contractFacts(row!, row!.supplier.country, await contractContext(tx, principal.organizationId));
  return { row: row as ContractRow, facts };
}

/**
 * How far the contract meets one of the requirements its assets trigger (audited on the
 * contract). An information owner proposes it for contracts touching their assets.
 */
export async function setContractRequirementStatus(principal: Principal, id: string, requirementId: string, input: ContractRequirementStatusInput): Promise<ContractRequirementView> {
  return db.$transaction(async (tx) => {
    const { facts } = await loadWithFacts(tx, principal, id, "suppliers.requirements");
    const before = facts.requirements.find((requirement) => requirement.requirementId === requirementId);
    if (!before) throw badRequest("Kravet gäller inte avtalets informationstillgångar.", { requirementId: ["Kravet utlöses inte av de kopplade tillgångarnas klassning."] });
    const data = { status: input.status, comment: input.comment ?? null };
    const key = { contractId_requirementId: { contractId: id, requirementId } };
    await tx.contractRequirementStatus.upsert({ where: key, create: { contractId: id, requirementId, ...data }, update: data });
    await recordAudit(tx, principal, {
      entity: "contract",
      entityId: id,
      action: "requirement.status",
      before: { requirementId, code: before.code, status: before.status, comment: before.comment },
      after: { requirementId, code: before.code, ...data },
    });
    return { ...before, ...data };
  });
}

/** Turns a gap the contract has now into an action (source `contract`), in one transaction. */
export async function createGapAction(principal: Principal, id: string, input: ContractGapAction): Promise<ActionView> {
  const action = await db.$transaction(async (tx) => {
    const { row, facts } = await loadWithFacts(tx, principal, id, "suppliers.write");
    if (!facts.gaps.includes(input.gap)) throw badRequest("Avtalet har inte den bristen.", { gap: ["Avtalet har inte den bristen nu."] });
    const requirement = input.requirementId ? facts.requirements.find((item) => item.requirementId === input.requirementId) : undefined;
    if (input.requirementId && requirement?.status !== "missing") throw badRequest("Kravet saknas inte i avtalet.", { requirementId: ["Kravet är inte markerat som saknat i avtalet."] });
    return createActionInTx(tx, principal, {
      title: input.title ?? gapActionTitle(input.gap, row.title, requirement),
      ownerId: input.ownerId ?? row.ownerId,
      dueAt: input.dueAt ?? null,
      status: "planned",
      source: { type: "contract", id },
    });
  });
  return (await toActionViews([action]))[0];
}
