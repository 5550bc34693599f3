import { NONCONFORMITIES, type FindingStatus, type FindingType } from "./schema";

export const isNonconformity = (type: FindingType): boolean => NONCONFORMITIES.includes(type);

/**
 * A nonconformity's flow: open → plan_submitted → plan_accepted → implemented → verified → closed.
 * A submitted plan may be sent back (open); verification (its own endpoint) moves implemented to
 * verified, or back to open when the action did not work. Observations and improvement proposals
 * need no effectiveness check: they may also close at any step. Positive findings are closed at once.
 */
const NONCONFORMITY_MOVES: Record<FindingStatus, FindingStatus[]> = {
  open: ["plan_submitted"],
  plan_submitted: ["plan_accepted", "open"],
  plan_accepted: ["implemented"],
  implemented: [],
  verified: ["closed"],
  closed: [],
};

export function findingMoves(type: FindingType, from: FindingStatus): FindingStatus[] {
  const moves = NONCONFORMITY_MOVES[from];
  if (isNonconformity(type) || from === "closed") return moves;
  return moves.includes("closed") ? moves : [...moves, "closed"];
}

/** The responsible person submits the plan and reports it implemented; the auditor decides the rest. */
export const RESPONSIBLE_MOVES: readonly FindingStatus[] = ["plan_submitted", "implemented"];

export type FindingMoveViolation = "finding_status_move" | "action_plan_required";

export function findingMoveViolation(type: FindingType, from: FindingStatus, to: FindingStatus, facts: { actionPlan: string | null }): FindingMoveViolation | null {
  if (!findingMoves(type, from).includes(to)) return "finding_status_move";
  if (to === "plan_submitted" && !facts.actionPlan) return "action_plan_required";
  return null;
}

/** Waiting for an action plan past the response date: a nonconformity not yet accepted. */
export function isFindingOverdue(finding: { type: FindingType; status: FindingStatus; responseDueAt: Date | null }, now: Date): boolean {
  return isNonconformity(finding.type) && (finding.status === "open" || finding.status === "plan_submitted") && !!finding.responseDueAt && finding.responseDueAt < now;
}

/** The same test as a database filter. */
export const overdueFindingWhere = (now: Date) => ({
  type: { in: [...NONCONFORMITIES] },
  status: { in: ["open" as const, "plan_submitted" as const] },
  responseDueAt: { lt: now },
});

/** Stamps that follow a move: when the plan was sent and accepted, when the finding closed. */
export function stampsFor(to: FindingStatus, principalId: string, now: Date) {
  if (to === "plan_submitted") return { planSubmittedAt: now };
  if (to === "plan_accepted") return { planAcceptedAt: now, planAcceptedById: principalId };
  if (to === "closed") return { closedAt: now };
  if (to === "open") return { planSubmittedAt: null };
  return {};
}
