import "server-only";
import { assertNoActions } from "../actions/service";
import { recordAudit } from "../audit/trail";
import { authorize, scopeOf } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { stockholmToday } from "../dates";
import { db, type Tx } from "../db/client";
import { deleteAudited, nextVersion, updateAudited, versionedWhere } from "../db/mutation";
import { assertReferences } from "../db/references";
import { conflict, forbidden, notFound } from "../errors";
import { assertDecision, isAcceptanceOnly } from "./acceptance";
import { riskInclude, riskRecord, toRiskViews, type RiskRow } from "./queries";
import { resolveRisk } from "./rules";
import type { RiskAccept, RiskConfirm, RiskCreate, RiskUpdate, RiskView } from "./schema";
import { readRiskSettings } from "./settings";
import { actorFor, changeOf, recordLevel, stateData, stateOf } from "./state";

// Each write reads: authorise → check references → apply the rules → write with the audit event → view.

/**
 * Admin and ciso register risks freely. An information owner proposes risks on their own assets:
 * every linked asset must be theirs and the proposal starts open.
 */
async function authorizeCreate(tx: Tx, principal: Principal, input: RiskCreate, assetIds: string[]): Promise<void> {
  if (scopeOf(principal, "risks.write") !== "none") return;
  authorize(principal, "risks.propose");
  if (scopeOf(principal, "risks.propose") === "all") return;
  const owned = await tx.asset.count({ where: { organizationId: principal.organizationId, id: { in: assetIds }, ownerId: principal.userId } });
  if (assetIds.length === 0 || owned !== assetIds.length) throw forbidden("Du kan föreslå risker på informationstillgångar som du äger.");
  if (input.status && input.status !== "open" && input.treatment !== "accept") throw forbidden("Ett förslag till risk börjar som öppen.");
}

/** The ids a create or update sends, each checked to belong to the caller's organisation. */
function assertRiskReferences(tx: Tx, principal: Principal, input: Partial<RiskCreate>) {
  return assertReferences(tx, principal.organizationId, {
    analysisId: { type: "risk_analysis", ids: input.analysisId },
    assetIds: { type: "asset", ids: input.assetIds },
    ownerId: { type: "user", ids: input.ownerId, duty: "risk_owner" },
    "acceptance.decidedById": { type: "user", ids: input.acceptance?.decidedById },
    ...(input.source ? { "source.id": { type: input.source.type, ids: input.source.id } } : {}),
  });
}

/**
 * Creates a risk, its first level and its audit event in the caller's transaction. Other
 * registers call this (an unforeseen incident drafts a risk with `source: { type: "incident", id }`,
 * unique per source), so their change and the risk commit together.
 */
export async function createRiskInTx(tx: Tx, principal: Principal, input: RiskCreate): Promise<RiskRow> {
  const now = new Date();
  const assetIds = [...new Set(input.assetIds ?? [])];
  await authorizeCreate(tx, principal, input, assetIds);
  await assertRiskReferences(tx, principal, input);
  const settings = await readRiskSettings(tx, principal.organizationId);
  const resolved = resolveRisk(null, changeOf(input), settings.bands, actorFor(principal, settings, now));
  if (resolved.decision) await assertDecision(tx, principal, settings, resolved.decision, input.ownerId ?? null, resolved.level);
  const created = await tx.risk.create({
    data: {
      organizationId: principal.organizationId,
      ...{ title: input.title, cause: input.cause, event: input.event, consequenceText: input.consequenceText },
      analysisId: input.analysisId ?? null,
      identifiedAt: input.identifiedAt ?? stockholmToday(now),
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
  await recordAudit(tx, principal, { entity: "risk", entityId: created.id, action: "create", after: created });
  return created;
}

export async function createRisk(principal: Principal, input: RiskCreate): Promise<RiskView> {
  const row = await db.$transaction((tx) => createRiskInTx(tx, principal, input));
  return (await toRiskViews([row], principal.organizationId))[0];
}

/** References, rules and the versioned write of a change to a loaded (and authorised) risk. */
async function writeRiskChange(tx: Tx, principal: Principal, before: RiskRow, version: number, input: Partial<RiskCreate>): Promise<RiskRow> {
  const now = new Date();
  await assertRiskReferences(tx, principal, input);
  const settings = await readRiskSettings(tx, principal.organizationId);
  const resolved = resolveRisk(stateOf(before), changeOf(input), settings.bands, actorFor(principal, settings, now));
  const ownerId = input.ownerId !== undefined ? input.ownerId : before.ownerId;
  if (resolved.decision) await assertDecision(tx, principal, settings, resolved.decision, ownerId, resolved.level);
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

const loadRisk = (id: string) => (tx: Tx) => tx.risk.findUnique({ where: { id }, include: riskInclude });

export async function updateRisk(principal: Principal, id: string, input: RiskUpdate): Promise<RiskView> {
  const { version, ...changes } = input;
  const acceptanceOnly = isAcceptanceOnly(changes);
  const deciding = acceptanceOnly && scopeOf(principal, "risks.write") === "none";
  const row = await updateAudited(principal, "risk", {
    version,
    action: acceptanceOnly ? "accept" : "update",
    load: loadRisk(id),
    // Deciding on acceptance needs only read access here; assertDecision checks the authority.
    check: (before) => authorize(principal, deciding ? "risks.read" : "risks.write", riskRecord(before)),
    update: (tx, before) => writeRiskChange(tx, principal, before, version, changes),
  });
  return (await toRiskViews([row], principal.organizationId))[0];
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
    load: loadRisk(id),
    // Reading is checked here; the decision itself in assertDecision, whose 403 names who may decide.
    check: (before) => authorize(principal, "risks.read", riskRecord(before)),
    update: (tx, before) => writeRiskChange(tx, principal, before, version, { treatment: "accept", acceptance: { motivation, decidedAt, decidedById } }),
  });
  return (await toRiskViews([row], principal.organizationId))[0];
}

/**
 * The decider confirms a decision registered on their behalf (status `acceptance_proposed`):
 * only they may, and only within their authority for the risk's band as it is now.
 */
export async function confirmAcceptance(principal: Principal, id: string, input: RiskConfirm): Promise<RiskView> {
  const now = new Date();
  const row = await updateAudited(principal, "risk", {
    version: input.version,
    action: "accept.confirm",
    load: loadRisk(id),
    check: (before) => {
      if (before.organizationId !== principal.organizationId) throw notFound();
      if (before.acceptanceDecidedById !== principal.userId) throw forbidden("Endast den som fattade beslutet kan bekräfta det.");
      if (before.status !== "acceptance_proposed") throw conflict("Inget beslut om acceptans väntar på bekräftelse.");
    },
    update: async (tx, before) => {
      const settings = await readRiskSettings(tx, principal.organizationId);
      await assertDecision(tx, principal, settings, { decidedById: principal.userId }, before.ownerId, before.level);
      const updated = await tx.risk.update({
        where: versionedWhere(before.id, input.version),
        data: { status: "accepted", acceptanceConfirmedAt: now, ...nextVersion },
        include: riskInclude,
      });
      await recordLevel(tx, principal, updated, now);
      return updated;
    },
  });
  return (await toRiskViews([row], principal.organizationId))[0];
}

export async function deleteRisk(principal: Principal, id: string): Promise<void> {
  await deleteAudited(principal, "risk", {
    load: loadRisk(id),
    check: (before) => authorize(principal, "risks.delete", before),
    remove: async (tx, before) => {
      await assertNoActions(tx, before.organizationId, "risk", id);
      return tx.risk.delete({ where: { id } });
    },
  });
}
