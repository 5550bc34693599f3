import "server-only";
import type { Principal } from "../authz/roles";
import type { Tx } from "../db/client";
import type { RiskRow } from "./queries";
import type { Actor, ResolvedRisk, RiskChange, RiskState } from "./rules";
import type { RiskCreate, RiskStatus, RiskTreatment } from "./schema";
import type { RiskSettings } from "./settings-schema";

// A risk's rule state between its row and the rules (rules.ts): read from the columns, written
// back to them, and each new level kept in the level history.

export function stateOf(row: RiskRow): RiskState {
  const hasAcceptance = row.acceptanceDecidedById || row.acceptanceDecidedAt || row.acceptanceMotivation;
  return {
    likelihood: row.likelihood,
    consequence: row.consequence,
    treatment: row.treatment as RiskTreatment | null,
    residualLikelihood: row.residualLikelihood,
    residualConsequence: row.residualConsequence,
    status: row.status as RiskStatus,
    acceptance: hasAcceptance
      ? {
          decidedById: row.acceptanceDecidedById,
          decidedAt: row.acceptanceDecidedAt,
          motivation: row.acceptanceMotivation,
          recordedById: row.acceptanceRecordedById,
          confirmedAt: row.acceptanceConfirmedAt,
        }
      : null,
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
    acceptanceRecordedById: state.acceptance?.recordedById ?? null,
    acceptanceConfirmedAt: state.acceptance?.confirmedAt ?? null,
  };
}

/** Only the acceptance fields the client actually sent; the rules fill the rest. */
export function changeOf(input: Partial<RiskCreate>): RiskChange {
  const { likelihood, consequence, treatment, residualLikelihood, residualConsequence, status, acceptance } = input;
  return { likelihood, consequence, treatment, residualLikelihood, residualConsequence, status, acceptance };
}

export const actorFor = (principal: Principal, settings: RiskSettings, now: Date): Actor => ({
  userId: principal.userId,
  now,
  confirmOnBehalf: settings.requireDeciderConfirmation,
});

/** Appends the risk's current levels to its history (the risk picture over time reads it). */
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
