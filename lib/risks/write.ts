import "server-only";
import { authorize } from "../authz/authorize";
import type { Principal, Role } from "../authz/roles";
import type { Tx } from "../db/client";
import { nextVersion, versionedWhere } from "../db/mutation";
import { assertReferences } from "../db/references";
import { riskInclude, type RiskRow } from "./queries";
import { acceptanceDeniedMessage, assertMayAccept, bandFor, resolveRisk, type Acceptance, type ResolvedRisk, type RiskChange, type RiskState } from "./rules";
import type { RiskCreate, RiskStatus, RiskTreatment } from "./schema";
import { readRiskSettings } from "./settings";

/** The ids a create or update sends, each checked to belong to the caller's organisation. */
export function assertRiskReferences(tx: Tx, principal: Principal, input: Partial<RiskCreate>) {
  return assertReferences(tx, principal.organizationId, {
    analysisId: { model: "riskAnalysis", ids: input.analysisId },
    assetIds: { model: "asset", ids: input.assetIds },
    ownerId: { model: "user", ids: input.ownerId },
    "acceptance.decidedById": { model: "user", ids: input.acceptance?.decidedById },
    ...(input.source?.type === "incident" ? { "source.id": { model: "incident" as const, ids: input.source.id } } : {}),
  });
}

export function stateOf(row: RiskRow): RiskState {
  const hasAcceptance = row.acceptanceDecidedById || row.acceptanceDecidedAt || row.acceptanceMotivation;
  return {
    likelihood: row.likelihood,
    consequence: row.consequence,
    treatment: row.treatment as RiskTreatment | null,
    residualLikelihood: row.residualLikelihood,
    residualConsequence: row.residualConsequence,
    status: row.status as RiskStatus,
    acceptance: hasAcceptance ? { decidedById: row.acceptanceDecidedById, decidedAt: row.acceptanceDecidedAt, motivation: row.acceptanceMotivation } : null,
  };
}

/** Columns written from the resolved state. */
export function stateData(resolved: ResolvedRisk) {
  const { state } = resolved;
  return {
    likelihood: state.likelihood,
    consequence: state.consequence,
    level: resolved.level,
    treatment: state.treatment,
    residualLikelihood: state.residualLikelihood,
    residualConsequence: state.residualConsequence,
    residualLevel: resolved.residualLevel,
    status: state.status,
    acceptanceDecidedById: state.acceptance?.decidedById ?? null,
    acceptanceDecidedAt: state.acceptance?.decidedAt ?? null,
    acceptanceMotivation: state.acceptance?.motivation ?? null,
  };
}

/** Only the acceptance fields the client actually sent; the rules fill the rest. */
export function changeOf(input: Partial<RiskCreate>): RiskChange {
  const { likelihood, consequence, treatment, residualLikelihood, residualConsequence, status, acceptance } = input;
  return { likelihood, consequence, treatment, residualLikelihood, residualConsequence, status, acceptance };
}

/**
 * A new acceptance decision must lie within its decider's authority under the organisation's
 * criteria. Registering someone else's decision (taken in a management meeting, say) is for
 * those who steward the register.
 */
export async function assertDecision(tx: Tx, principal: Principal, decision: Acceptance, riskOwnerId: string | null, level: number): Promise<void> {
  const settings = await readRiskSettings(tx, principal.organizationId);
  const band = bandFor(level, settings.bands);
  const message = acceptanceDeniedMessage(band, settings.acceptance);
  let role: Role = principal.role;
  if (decision.decidedById === principal.userId) {
    authorize(principal, "risks.accept", { organizationId: principal.organizationId, ownerIds: [riskOwnerId] }, message);
  } else {
    authorize(principal, "risks.write", undefined, "Endast administratören eller informationssäkerhetssamordnaren får registrera någon annans beslut.");
    const membership = await tx.membership.findUnique({
      where: { userId_organizationId: { userId: decision.decidedById!, organizationId: principal.organizationId } },
    });
    role = membership!.role as Role;
  }
  assertMayAccept({ role, isRiskOwner: decision.decidedById === riskOwnerId }, band, settings.acceptance);
}

export async function recordLevel(tx: Tx, principal: Principal, row: RiskRow, changedAt: Date): Promise<void> {
  await tx.riskLevelChange.create({
    data: {
      organizationId: row.organizationId,
      riskId: row.id,
      likelihood: row.likelihood,
      consequence: row.consequence,
      level: row.level,
      residualLikelihood: row.residualLikelihood,
      residualConsequence: row.residualConsequence,
      residualLevel: row.residualLevel,
      status: row.status,
      changedById: principal.userId,
      changedAt,
    },
  });
}

/** Applies a checked change to a loaded risk: rules, decision authority, assets, history. */
export async function applyRiskChange(tx: Tx, principal: Principal, before: RiskRow, version: number, input: Partial<RiskCreate>): Promise<RiskRow> {
  const now = new Date();
  await assertRiskReferences(tx, principal, input);
  const { bands } = await readRiskSettings(tx, principal.organizationId);
  const resolved = resolveRisk(stateOf(before), changeOf(input), bands, { userId: principal.userId, now });
  const ownerId = input.ownerId !== undefined ? input.ownerId : before.ownerId;
  if (resolved.decision) await assertDecision(tx, principal, resolved.decision, ownerId, resolved.level);
  const { title, cause, event, consequenceText, analysisId, identifiedAt, reviewDueAt, assetIds } = input;
  const updated = await tx.risk.update({
    where: versionedWhere(before.id, version),
    data: {
      ...{ title, cause, event, consequenceText, analysisId, ownerId, reviewDueAt },
      ...(identifiedAt ? { identifiedAt } : {}),
      ...stateData(resolved),
      ...(assetIds ? { assets: { deleteMany: {}, create: [...new Set(assetIds)].map((assetId) => ({ assetId })) } } : {}),
      ...nextVersion,
    },
    include: riskInclude,
  });
  if (resolved.levelChanged) await recordLevel(tx, principal, updated, now);
  return updated;
}
