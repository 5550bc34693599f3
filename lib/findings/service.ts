import "server-only";
import { createActionInTx } from "../actions/service";
import { defaultResponseDue } from "../audits/rules";
import { toActionViews } from "../actions/queries";
import type { ActionView } from "../actions/schema";
import { authorize, scopeOf } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { db } from "../db/client";
import { createAudited, nextVersion, updateAudited, versionedWhere } from "../db/mutation";
import { assertReferences } from "../db/references";
import { recordAudit } from "../audit/trail";
import { findingClosed, findingMoveError, responseOnly } from "./errors";
import { findingInclude, findingRecord, toFindingViews } from "./queries";
import { findingMoveViolation, RESPONSIBLE_MOVES, stampsFor } from "./rules";
import { RESPONSE_FIELDS, type FindingAction, type FindingCreate, type FindingStatus, type FindingTransition, type FindingType, type FindingUpdate, type FindingView } from "./schema";

const view = async (row: Parameters<typeof toFindingViews>[0][number]) => (await toFindingViews([row]))[0];

/** A positive finding needs no answer: it is closed when recorded. */
export async function createFinding(principal: Principal, input: FindingCreate, now = new Date()): Promise<FindingView> {
  authorize(principal, "audits.write");
  const row = await createAudited(principal, "finding", async (tx) => {
    await assertReferences(tx, principal.organizationId, {
      auditId: { type: "audit", ids: input.auditId },
      orgUnitId: { type: "org_unit", ids: input.orgUnitId },
      responsibleId: { type: "user", ids: input.responsibleId },
    });
    const positive = input.type === "positive";
    // Recorded after the report was issued: the 30 days run from now (before it, issuing sets them).
    const reported = !input.responseDueAt && !positive && (await tx.auditReport.count({ where: { auditId: input.auditId } })) > 0;
    return tx.finding.create({
      data: {
        ...input,
        organizationId: principal.organizationId,
        createdById: principal.userId,
        ...(reported ? { responseDueAt: defaultResponseDue(now) } : {}),
        ...(positive ? { status: "closed", closedAt: now, responseDueAt: null } : {}),
      },
      include: findingInclude,
    });
  });
  return view(row);
}

/**
 * The auditor changes everything; the person responsible for the finding (any role) only its
 * response, the root cause and the action plan: another field is 403 naming it.
 */
export async function updateFinding(principal: Principal, id: string, input: FindingUpdate): Promise<FindingView> {
  const { version, ...changes } = input;
  const row = await updateAudited(principal, "finding", {
    version,
    load: (tx) => tx.finding.findUnique({ where: { id } }),
    check: (before) => {
      authorize(principal, "findings.respond", findingRecord(before));
      if (scopeOf(principal, "audits.write") !== "all") {
        const beyond = Object.keys(changes).filter((field) => !(RESPONSE_FIELDS as readonly string[]).includes(field));
        if (beyond.length) throw responseOnly(beyond);
      }
      if (before.status === "closed") throw findingClosed();
    },
    update: async (tx) => {
      await assertReferences(tx, principal.organizationId, { orgUnitId: { type: "org_unit", ids: changes.orgUnitId }, responsibleId: { type: "user", ids: changes.responsibleId } });
      return tx.finding.update({ where: versionedWhere(id, version), data: { ...changes, ...nextVersion }, include: findingInclude });
    },
  });
  return view(row);
}

/** Submitting the plan and reporting it implemented are the responsible person's; the rest the auditor's. */
export async function transitionFinding(principal: Principal, id: string, input: FindingTransition, now = new Date()): Promise<FindingView> {
  const row = await updateAudited(principal, "finding", {
    version: input.version,
    action: "status",
    load: (tx) => tx.finding.findUnique({ where: { id } }),
    check: (before) => {
      const byResponsible = RESPONSIBLE_MOVES.includes(input.status) && before.responsibleId === principal.userId;
      authorize(principal, byResponsible ? "findings.respond" : "audits.write", findingRecord(before));
      const violation = findingMoveViolation(before.type as FindingType, before.status as FindingStatus, input.status, { actionPlan: before.actionPlan });
      if (violation) throw findingMoveError(violation, before.type as FindingType, before.status as FindingStatus, input.status);
    },
    update: (tx) =>
      tx.finding.update({ where: versionedWhere(id, input.version), data: { status: input.status, ...stampsFor(input.status, principal.userId, now), ...nextVersion }, include: findingInclude }),
  });
  return view(row);
}

/** An action of the finding's action plan, in the action tracker with source `finding`. */
export async function addFindingAction(principal: Principal, id: string, input: FindingAction): Promise<ActionView> {
  const finding = await db.finding.findUnique({ where: { id } });
  authorize(principal, "findings.respond", finding ? findingRecord(finding) : null);
  if (finding!.status === "closed") throw findingClosed();
  const action = await db.$transaction(async (tx) => {
    const created = await createActionInTx(tx, principal, { ...input, status: "planned", source: { type: "finding", id } });
    await recordAudit(tx, principal, { entity: "finding", entityId: id, action: "action_add", after: { actionId: created.id, title: created.title } });
    return created;
  });
  return (await toActionViews([action]))[0];
}
