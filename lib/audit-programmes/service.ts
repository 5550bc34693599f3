import "server-only";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { createAudited, nextVersion, updateAudited, versionedWhere } from "../db/mutation";
import { assertReferences } from "../db/references";
import { badRequest } from "../errors";
import { programmeInclude, toProgrammeViews } from "./queries";
import type { ProgrammeCreate, ProgrammeUpdate, ProgrammeView } from "./schema";

function assertPeriod(from: Date, to: Date): void {
  if (to < from) throw badRequest("Perioden slutar före den börjar.", { periodTo: ["Slutet måste ligga efter början."] });
}

export async function createProgramme(principal: Principal, input: ProgrammeCreate): Promise<ProgrammeView> {
  authorize(principal, "audits.write");
  assertPeriod(input.periodFrom, input.periodTo);
  const row = await createAudited(principal, "audit_programme", async (tx) => {
    await assertReferences(tx, principal.organizationId, { ownerId: { type: "user", ids: input.ownerId } });
    return tx.auditProgramme.create({ data: { ...input, organizationId: principal.organizationId }, include: programmeInclude });
  });
  return (await toProgrammeViews([row]))[0];
}

/** A change to an approved plan sends it back to draft: management approves what is actually planned. */
export async function updateProgramme(principal: Principal, id: string, input: ProgrammeUpdate): Promise<ProgrammeView> {
  const { version, ...changes } = input;
  const row = await updateAudited(principal, "audit_programme", {
    version,
    load: (tx) => tx.auditProgramme.findUnique({ where: { id } }),
    check: (before) => {
      authorize(principal, "audits.write", before);
      assertPeriod(changes.periodFrom ?? before.periodFrom, changes.periodTo ?? before.periodTo);
    },
    update: async (tx) => {
      await assertReferences(tx, principal.organizationId, { ownerId: { type: "user", ids: changes.ownerId } });
      return tx.auditProgramme.update({
        where: versionedWhere(id, version),
        data: { ...changes, status: "draft", approvedAt: null, approvedById: null, ...nextVersion },
        include: programmeInclude,
      });
    },
  });
  return (await toProgrammeViews([row]))[0];
}

export async function approveProgramme(principal: Principal, id: string, version: number, now = new Date()): Promise<ProgrammeView> {
  const row = await updateAudited(principal, "audit_programme", {
    version,
    action: "approve",
    load: (tx) => tx.auditProgramme.findUnique({ where: { id } }),
    check: (before) => authorize(principal, "audit-programmes.approve", before),
    update: (tx) =>
      tx.auditProgramme.update({
        where: versionedWhere(id, version),
        data: { status: "approved", approvedAt: now, approvedById: principal.userId, ...nextVersion },
        include: programmeInclude,
      }),
  });
  return (await toProgrammeViews([row]))[0];
}
