import "server-only";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { db, type Tx } from "../db/client";
import { nextVersion, updateAudited, versionedWhere } from "../db/mutation";
import { AppError, forbidden, notFound } from "../errors";
import { assertDecision } from "./acceptance";
import { riskInclude, riskRecord, toRiskViews, type RiskRow } from "./queries";
import { bandFor, mayAccept } from "./rules";
import type { RiskDecision, RiskProposal, RiskView } from "./schema";
import { readRiskSettings } from "./settings";
import { recordLevel } from "./state";

const loadRisk = (id: string) => (tx: Tx) => tx.risk.findUnique({ where: { id }, include: riskInclude });
const CLOSED_TO_PROPOSALS = new Set(["accepted", "acceptance_proposed", "closed"]);

const notProposable = (status: string) =>
  new AppError(409, "acceptance_not_proposable", "Risken är redan accepterad, föreslagen för acceptans eller stängd.", undefined, { status });
const noProposal = () => new AppError(409, "acceptance_not_pending", "Inget förslag om acceptans väntar på beslut.");

/**
 * Anyone who may propose risks proposes accepting one as it stands; the risk waits as
 * `acceptance_proposed` for someone whose authority reaches its band (lib/risks/rules.ts
 * `mayAccept`), who finds it under "Väntar på ditt beslut".
 */
export async function proposeAcceptance(principal: Principal, id: string, input: RiskProposal): Promise<RiskView> {
  const now = new Date();
  const row = await updateAudited(principal, "risk", {
    version: input.version,
    action: "acceptance_proposed",
    load: loadRisk(id),
    check: (before) => {
      authorize(principal, "risks.propose", riskRecord(before));
      if (CLOSED_TO_PROPOSALS.has(before.status)) throw notProposable(before.status);
    },
    update: async (tx, before) => {
      const updated = await tx.risk.update({
        where: versionedWhere(before.id, input.version),
        data: {
          treatment: "accept",
          status: "acceptance_proposed",
          acceptanceMotivation: input.motivation,
          acceptanceDecidedById: null,
          acceptanceDecidedAt: null,
          acceptanceRecordedById: principal.userId,
          acceptanceConfirmedAt: null,
          ...nextVersion,
        },
        include: riskInclude,
      });
      await recordLevel(tx, principal, updated, now);
      return updated;
    },
  });
  return (await toRiskViews([row], principal.organizationId))[0];
}

/**
 * The decider answers a proposal, or a decision registered on their behalf: accepting needs an
 * authority that reaches the risk's band as it is now, and so does rejecting (a "no" is a decision
 * too). A rejected risk is open again without a treatment; the decider's motivation is kept in
 * the audit trail either way.
 */
export async function decideAcceptance(principal: Principal, id: string, input: RiskDecision): Promise<RiskView> {
  const now = new Date();
  const row = await updateAudited(principal, "risk", {
    version: input.version,
    action: input.decision === "accept" ? "accept.confirm" : "accept.reject",
    details: { decisionMotivation: input.motivation },
    load: loadRisk(id),
    check: (before) => {
      if (before.organizationId !== principal.organizationId) throw notFound();
      if (before.status !== "acceptance_proposed") throw noProposal();
      if (before.acceptanceDecidedById && before.acceptanceDecidedById !== principal.userId) throw forbidden("Endast den som beslutet registrerats för kan besluta.");
    },
    update: async (tx, before) => {
      const settings = await readRiskSettings(tx, principal.organizationId);
      await assertDecision(tx, principal, settings, { decidedById: principal.userId }, before.ownerId, before.level);
      const accepted = input.decision === "accept";
      const data = accepted
        ? { status: "accepted" as const, acceptanceDecidedById: principal.userId, acceptanceDecidedAt: before.acceptanceDecidedAt ?? now, acceptanceMotivation: input.motivation, acceptanceConfirmedAt: now }
        : { status: "open" as const, treatment: null, acceptanceDecidedById: null, acceptanceDecidedAt: null, acceptanceMotivation: null, acceptanceRecordedById: null, acceptanceConfirmedAt: null };
      const updated = await tx.risk.update({ where: versionedWhere(before.id, input.version), data: { ...data, ...nextVersion }, include: riskInclude });
      await recordLevel(tx, principal, updated, now);
      return updated;
    },
  });
  return (await toRiskViews([row], principal.organizationId))[0];
}

/** Proposals waiting for this person: named as the decider, or with an authority that reaches the band. */
export async function awaitingMyDecision(principal: Principal): Promise<RiskView[]> {
  authorize(principal, "risks.accept");
  const rows: RiskRow[] = await db.risk.findMany({
    where: { organizationId: principal.organizationId, status: "acceptance_proposed", OR: [{ acceptanceDecidedById: principal.userId }, { acceptanceDecidedById: null }] },
    include: riskInclude,
    orderBy: [{ level: "desc" }, { updatedAt: "asc" }],
    take: 200,
  });
  const settings = await readRiskSettings(db, principal.organizationId);
  const mine = rows.filter(
    (row) => row.acceptanceDecidedById === principal.userId || mayAccept({ role: principal.role, isRiskOwner: row.ownerId === principal.userId }, bandFor(row.level, settings.bands), settings.acceptance),
  );
  return toRiskViews(mine, principal.organizationId);
}
