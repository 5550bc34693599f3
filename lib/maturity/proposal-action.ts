import "server-only";
import { toActionViews } from "../actions/queries";
import type { ActionView } from "../actions/schema";
import { createActionInTx } from "../actions/service";
import { recordAudit } from "../audit/trail";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { db } from "../db/client";
import { AppError, notFound } from "../errors";
import { toProposalView } from "./queries";
import { horizonDueDate } from "./rules";
import type { ProposalAction, ProposalHorizon, ProposalView } from "./schema";

export interface ProposalActionResult {
  /** false when the proposal already had an action and that one is returned. */
  created: boolean;
  proposal: ProposalView;
  action: ActionView;
}

class AlreadyClaimed extends Error {}

/** The action's text: what to do as title; how (and who, as the group wrote it) as description. */
function actionText(proposal: { what: string; how: string | null; who: string | null }) {
  const description = [proposal.how, proposal.who ? `Vem: ${proposal.who}` : null].filter(Boolean).join("\n\n");
  return { title: proposal.what, description: description || null };
}

async function attempt(principal: Principal, assessmentId: string, proposalId: string, input: ProposalAction, today: Date) {
  return db.$transaction(async (tx) => {
    const assessment = await tx.maturityAssessment.findUnique({ where: { id: assessmentId }, select: { organizationId: true } });
    authorize(principal, "maturity.write", assessment);
    const proposal = await tx.maturityProposal.findFirst({ where: { id: proposalId, assessmentId } });
    if (!proposal) throw notFound("Förbättringsförslaget finns inte.");
    if (proposal.actionId) {
      const existing = await tx.action.findFirst({ where: { id: proposal.actionId, organizationId: principal.organizationId } });
      if (existing) return { created: false, proposal, action: existing };
    }
    const action = await createActionInTx(tx, principal, {
      ...actionText(proposal),
      ownerId: input.ownerId ?? null,
      dueAt: horizonDueDate(proposal.horizon as ProposalHorizon, today),
      status: "planned",
      source: { type: "maturity", id: assessmentId },
    });
    // Only the caller that still sees the proposal without (a live) action gets to link it.
    const claimed = await tx.maturityProposal.updateMany({ where: { id: proposalId, actionId: proposal.actionId }, data: { actionId: action.id } });
    if (claimed.count !== 1) throw new AlreadyClaimed();
    const linked = { ...proposal, actionId: action.id };
    await recordAudit(tx, principal, { entity: "maturity_proposal", entityId: proposal.id, action: "to_action", before: proposal, after: linked });
    return { created: true, proposal: linked, action };
  });
}

/**
 * Turns an improvement proposal into a platform action (source `maturity`, the session's id),
 * due at the end of the proposal's time frame counted from `today`. Idempotent: when the
 * proposal already has an action, that action is returned with `created: false` (HTTP 200)
 * instead of a second one (HTTP 201 the first time).
 */
export async function proposalToAction(
  principal: Principal,
  assessmentId: string,
  proposalId: string,
  input: ProposalAction,
  today = new Date(),
): Promise<ProposalActionResult> {
  let result;
  try {
    result = await attempt(principal, assessmentId, proposalId, input, today);
  } catch (error) {
    if (!(error instanceof AlreadyClaimed)) throw error;
    // A concurrent call linked an action first; answer with that one.
    result = await attempt(principal, assessmentId, proposalId, input, today);
    if (result.created) throw new AppError(409, "conflict", "Förslaget ändrades samtidigt. Försök igen.");
  }
  const [action] = await toActionViews([result.action], principal);
  return { created: result.created, proposal: toProposalView(result.proposal), action };
}
