import "server-only";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import type { Tx } from "../db/client";
import { createAudited, nextVersion, updateAudited, versionedWhere } from "../db/mutation";
import { assertReferences } from "../db/references";
import { auditMoveError } from "./errors";
import { auditInclude, toAuditViews } from "./queries";
import { auditMoveViolation } from "./rules";
import type { AuditCreate, AuditStatus, AuditTransition, AuditUpdate, AuditView } from "./schema";

async function checkAuditReferences(tx: Tx, principal: Principal, input: Partial<AuditCreate>): Promise<void> {
  await assertReferences(tx, principal.organizationId, {
    ...(input.programmeId ? { programmeId: { type: "audit_programme", ids: input.programmeId } } : {}),
    orgUnitIds: { type: "org_unit", ids: input.orgUnitIds },
    leadAuditorId: { type: "user", ids: input.leadAuditorId, duty: "auditor" },
    auditorIds: { type: "user", ids: input.auditorIds, duty: "auditor" },
  });
}

export async function createAudit(principal: Principal, input: AuditCreate): Promise<AuditView> {
  authorize(principal, "audits.write");
  const row = await createAudited(principal, "audit", async (tx) => {
    await checkAuditReferences(tx, principal, input);
    return tx.audit.create({ data: { ...input, organizationId: principal.organizationId }, include: auditInclude });
  });
  return (await toAuditViews([row]))[0];
}

export async function updateAudit(principal: Principal, id: string, input: AuditUpdate): Promise<AuditView> {
  const { version, ...changes } = input;
  const row = await updateAudited(principal, "audit", {
    version,
    load: (tx) => tx.audit.findUnique({ where: { id } }),
    check: (before) => authorize(principal, "audits.write", before),
    update: async (tx) => {
      await checkAuditReferences(tx, principal, changes);
      return tx.audit.update({ where: versionedWhere(id, version), data: { ...changes, ...nextVersion }, include: auditInclude });
    },
  });
  return (await toAuditViews([row]))[0];
}

/** One step of the audit's flow (lib/audits/rules.ts); a refused move is 400 naming the allowed ones. */
export async function transitionAudit(principal: Principal, id: string, input: AuditTransition, now = new Date()): Promise<AuditView> {
  const row = await updateAudited(principal, "audit", {
    version: input.version,
    action: "status",
    load: (tx) => tx.audit.findUnique({ where: { id } }),
    check: async (before) => authorize(principal, "audits.write", before),
    update: async (tx, before) => {
      const from = before.status as AuditStatus;
      const hasReport = (await tx.auditReport.count({ where: { auditId: id } })) > 0;
      const violation = auditMoveViolation(from, input.status, { reason: input.reason, hasReport });
      if (violation) throw auditMoveError(violation, from, input.status);
      return tx.audit.update({
        where: versionedWhere(id, input.version),
        data: {
          status: input.status,
          statusReason: input.reason ?? null,
          ...(input.status === "performed" ? { performedAt: now } : {}),
          ...nextVersion,
        },
        include: auditInclude,
      });
    },
  });
  return (await toAuditViews([row]))[0];
}
