import "server-only";
import { assertNoActions } from "../actions/service";
import { authorize } from "../authz/authorize";
import { grantFor } from "../authz/permissions";
import type { Principal } from "../authz/roles";
import { db, type Tx } from "../db/client";
import { createAudited, deleteAudited, updateAudited } from "../db/mutation";
import { forbidden } from "../errors";
import { riskInclude, riskRecord, riskViews } from "./queries";
import { resolveRisk, swedishToday } from "./rules";
import type { RiskAccept, RiskCreate, RiskUpdate, RiskView } from "./schema";
import { readRiskSettings } from "./settings";
import { applyRiskChange, assertDecision, assertRiskReferences, changeOf, recordLevel, stateData } from "./write";

const PROPOSE_MESSAGE = "Du kan föreslå risker på informationstillgångar som du äger.";

/**
 * Admin and ciso register risks freely. An information owner proposes risks on their own assets:
 * every linked asset must be theirs and the proposal starts open.
 */
async function authorizeCreate(tx: Tx, principal: Principal, input: RiskCreate, assetIds: string[]): Promise<void> {
  if (grantFor(principal.role, "risks.write")) return;
  authorize(principal, "risks.propose");
  if (grantFor(principal.role, "risks.propose") === "all") return;
  const owned = await tx.asset.count({ where: { organizationId: principal.organizationId, id: { in: assetIds }, ownerId: principal.userId } });
  if (assetIds.length === 0 || owned !== assetIds.length) throw forbidden(PROPOSE_MESSAGE);
  if (input.status && input.status !== "open" && input.treatment !== "accept") throw forbidden("Ett förslag till risk börjar som öppen.");
}

/**
 * Creates a risk with its level history. Other registers call this too (an unforeseen incident
 * drafts a risk with `source: { type: "incident", id }`).
 */
export async function createRisk(principal: Principal, input: RiskCreate): Promise<RiskView> {
  const now = new Date();
  const assetIds = [...new Set(input.assetIds ?? [])];
  const row = await createAudited(principal, "risk", async (tx) => {
    await assertRiskReferences(tx, principal, input);
    await authorizeCreate(tx, principal, input, assetIds);
    const { bands } = await readRiskSettings(tx, principal.organizationId);
    const resolved = resolveRisk(null, changeOf(input), bands, { userId: principal.userId, now });
    if (resolved.decision) await assertDecision(tx, principal, resolved.decision, input.ownerId ?? null, resolved.level);
    const created = await tx.risk.create({
      data: {
        organizationId: principal.organizationId,
        title: input.title,
        cause: input.cause,
        event: input.event,
        consequenceText: input.consequenceText,
        analysisId: input.analysisId ?? null,
        identifiedAt: input.identifiedAt ?? swedishToday(now),
        ownerId: input.ownerId ?? null,
        reviewDueAt: input.reviewDueAt ?? null,
        sourceType: input.source?.type ?? null,
        sourceId: input.source?.id ?? null,
        ...stateData(resolved),
        assets: { create: assetIds.map((assetId) => ({ assetId })) },
      },
      include: riskInclude,
    });
    await recordLevel(tx, principal, created, now);
    return created;
  });
  return (await riskViews(db, principal.organizationId, [row]))[0];
}

/** A PATCH that only records an acceptance decision is what management (and a risk owner) may send. */
function isAcceptanceOnly(changes: Omit<RiskUpdate, "version">): boolean {
  const keys = Object.entries(changes).filter(([, value]) => value !== undefined).map(([key]) => key);
  return changes.treatment === "accept" && keys.every((key) => key === "treatment" || key === "acceptance" || (key === "status" && changes.status === "accepted"));
}

export async function updateRisk(principal: Principal, id: string, input: RiskUpdate): Promise<RiskView> {
  const { version, ...changes } = input;
  const deciding = isAcceptanceOnly(changes) && !grantFor(principal.role, "risks.write");
  const row = await updateAudited(principal, "risk", {
    version,
    action: isAcceptanceOnly(changes) ? "accept" : "update",
    load: (tx) => tx.risk.findUnique({ where: { id }, include: riskInclude }),
    // Deciding on acceptance needs only read access here; assertDecision checks the authority.
    check: (before) => authorize(principal, deciding ? "risks.read" : "risks.write", riskRecord(before)),
    update: (tx, before) => applyRiskChange(tx, principal, before, version, changes),
  });
  return (await riskViews(db, principal.organizationId, [row]))[0];
}

/**
 * Accepts a risk as it stands: a motivated decision by the caller (or, registered by admin or
 * ciso, by someone else), within the decider's authority for the risk's band.
 */
export async function acceptRisk(principal: Principal, id: string, input: RiskAccept): Promise<RiskView> {
  const { version, motivation, decidedAt, decidedById } = input;
  const row = await updateAudited(principal, "risk", {
    version,
    action: "accept",
    load: (tx) => tx.risk.findUnique({ where: { id }, include: riskInclude }),
    // Reading is checked here; the decision itself in assertDecision, whose 403 names who may decide.
    check: (before) => authorize(principal, "risks.read", riskRecord(before)),
    update: (tx, before) => applyRiskChange(tx, principal, before, version, { treatment: "accept", acceptance: { motivation, decidedAt, decidedById } }),
  });
  return (await riskViews(db, principal.organizationId, [row]))[0];
}

export async function deleteRisk(principal: Principal, id: string): Promise<void> {
  await deleteAudited(principal, "risk", {
    load: (tx) => tx.risk.findUnique({ where: { id }, include: riskInclude }),
    check: (before) => authorize(principal, "risks.delete", before),
    remove: async (tx, before) => {
      await assertNoActions(tx, before.organizationId, "risk", id);
      return tx.risk.delete({ where: { id } });
    },
  });
}
