import "server-only";
import { authorize } from "../authz/authorize";
import type { Principal, Role } from "../authz/roles";
import type { Tx } from "../db/client";
import { AppError } from "../errors";
import { acceptanceDeciders, acceptanceDeniedMessage, bandFor, mayAccept, type Acceptance } from "./rules";
import type { RiskBand } from "./schema";
import type { AcceptanceCriteria } from "./settings-schema";
import type { RiskUpdate } from "./schema";
import type { RiskSettings } from "./settings-schema";

/** A PATCH that only records an acceptance decision is what management (and a risk owner) may send. */
export function isAcceptanceOnly(changes: Omit<RiskUpdate, "version">): boolean {
  const keys = Object.entries(changes).filter(([, value]) => value !== undefined).map(([key]) => key);
  return changes.treatment === "accept" && keys.every((key) => key === "treatment" || key === "acceptance" || (key === "status" && changes.status === "accepted"));
}

/**
 * A new acceptance decision must lie within its decider's authority under the organisation's
 * criteria, by the decider's role in this organisation. Registering someone else's decision
 * (taken in a management meeting, say) is for those who steward the register; the risk then
 * shows that it was registered on the decider's behalf.
 */
export async function assertDecision(
  tx: Tx,
  principal: Principal,
  settings: RiskSettings,
  decision: Pick<Acceptance, "decidedById">,
  riskOwnerId: string | null,
  level: number,
): Promise<void> {
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
  if (!mayAccept({ role, isRiskOwner: decision.decidedById === riskOwnerId }, band, settings.acceptance)) throw acceptanceDenied(band, settings.acceptance);
}

/**
 * 403 naming who may decide when the decider's authority does not reach the band. The code stays
 * `forbidden` (the API's contract); `band` and `deciders` let the UI say it in the reader's language.
 */
export function acceptanceDenied(band: RiskBand, criteria: AcceptanceCriteria): AppError {
  return new AppError(403, "forbidden", acceptanceDeniedMessage(band, criteria), undefined, { band, deciders: acceptanceDeciders(band, criteria) });
}
