import "server-only";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { nextVersion, updateAudited, versionedWhere } from "../db/mutation";
import { assertReferences } from "../db/references";
import { isNonconformity } from "./rules";
import { findingClosed, notImplemented } from "./errors";
import { findingInclude, toFindingViews } from "./queries";
import type { FindingEscalate, FindingType, FindingVerify, FindingView } from "./schema";

/**
 * The effectiveness check of an implemented nonconformity: effective → verified (the auditor then
 * closes it); not effective → open again, the responsible person answers with a new plan.
 */
export async function verifyFinding(principal: Principal, id: string, input: FindingVerify, now = new Date()): Promise<FindingView> {
  const row = await updateAudited(principal, "finding", {
    version: input.version,
    action: "verify",
    load: (tx) => tx.finding.findUnique({ where: { id } }),
    check: (before) => {
      authorize(principal, "audits.write", before);
      if (isNonconformity(before.type as FindingType) && before.status !== "implemented") throw notImplemented(before.status);
      if (before.status === "closed") throw findingClosed();
    },
    update: (tx) =>
      tx.finding.update({
        where: versionedWhere(id, input.version),
        data: {
          verifiedAt: now,
          verifiedById: principal.userId,
          effective: input.effective,
          verificationNote: input.note ?? null,
          status: input.effective ? "verified" : "open",
          ...(input.effective ? {} : { planSubmittedAt: null, ...(input.responseDueAt ? { responseDueAt: input.responseDueAt } : {}) }),
          ...nextVersion,
        },
        include: findingInclude,
      }),
  });
  return (await toFindingViews([row]))[0];
}

/** Puts the finding before top management (dashboard, next management review) until it is closed. */
export async function escalateFinding(principal: Principal, id: string, input: FindingEscalate, now = new Date()): Promise<FindingView> {
  const row = await updateAudited(principal, "finding", {
    version: input.version,
    action: "escalate",
    load: (tx) => tx.finding.findUnique({ where: { id } }),
    check: (before) => {
      authorize(principal, "audits.write", before);
      if (before.status === "closed") throw findingClosed();
    },
    update: async (tx) => {
      await assertReferences(tx, principal.organizationId, { escalatedToId: { type: "user", ids: input.escalatedToId } });
      return tx.finding.update({
        where: versionedWhere(id, input.version),
        data: { escalatedAt: now, escalatedToId: input.escalatedToId, escalationNote: input.note ?? null, ...nextVersion },
        include: findingInclude,
      });
    },
  });
  return (await toFindingViews([row]))[0];
}
