import "server-only";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import type { Tx } from "../db/client";
import { createAudited, deleteAudited, nextVersion, updateAudited, versionedWhere } from "../db/mutation";
import { assertReferences } from "../db/references";
import { badRequest } from "../errors";
import { toAssessmentView, assessmentInclude } from "./queries";
import type { AssessmentCreate, AssessmentUpdate, AssessmentView, EntryInput, ProposalInput } from "./schema";

/** Every evidence item must be a record of the caller's organisation, per type of the registry. */
async function assertEvidence(tx: Tx, organizationId: string, entries: EntryInput[]): Promise<void> {
  const refs: Parameters<typeof assertReferences>[2] = {};
  entries.forEach((entry, index) => {
    for (const type of new Set(entry.evidence.map((item) => item.type))) {
      refs[`entries.${index}.evidence.${type}`] = { type, ids: entry.evidence.filter((item) => item.type === type).map((item) => item.id) };
    }
  });
  await assertReferences(tx, organizationId, refs);
}

const entryData = (entry: EntryInput) => ({
  perspective: entry.perspective,
  level: entry.level,
  aspectNotes: entry.aspectNotes,
  reasons: entry.reasons,
  evidence: entry.evidence,
});

const proposalData = (proposal: ProposalInput, position: number) => ({
  position,
  perspective: proposal.perspective,
  what: proposal.what,
  how: proposal.how ?? null,
  who: proposal.who ?? null,
  horizon: proposal.horizon,
});

async function replaceEntries(tx: Tx, assessmentId: string, entries: EntryInput[]): Promise<void> {
  await tx.maturityEntry.deleteMany({ where: { assessmentId } });
  if (entries.length) await tx.maturityEntry.createMany({ data: entries.map((entry) => ({ assessmentId, ...entryData(entry) })) });
}

/**
 * Replaces the proposals: those sent with the id of an existing proposal are updated in place
 * (keeping their link to an action), the rest are created, and those not sent are removed.
 */
async function replaceProposals(tx: Tx, assessmentId: string, proposals: ProposalInput[]): Promise<void> {
  const existing = new Set((await tx.maturityProposal.findMany({ where: { assessmentId }, select: { id: true } })).map((row) => row.id));
  const fields: Record<string, string[]> = {};
  proposals.forEach((proposal, index) => {
    if (proposal.id && !existing.has(proposal.id)) fields[`proposals.${index}.id`] = ["Förslaget hör inte till sessionen."];
  });
  if (Object.keys(fields).length) throw badRequest("Okända förbättringsförslag.", fields);
  const kept = new Set(proposals.map((proposal) => proposal.id).filter((id): id is string => !!id));
  await tx.maturityProposal.deleteMany({ where: { assessmentId, id: { notIn: [...kept] } } });
  for (const [position, proposal] of proposals.entries()) {
    if (proposal.id) await tx.maturityProposal.update({ where: { id: proposal.id }, data: proposalData(proposal, position) });
    else await tx.maturityProposal.create({ data: { assessmentId, ...proposalData(proposal, position) } });
  }
}

/** The session as the audit trail records it (the view, plus what authorisation needs). */
async function loadForAudit(tx: Tx, id: string) {
  const row = await tx.maturityAssessment.findUnique({ where: { id }, include: assessmentInclude });
  return row ? { ...toAssessmentView(row), organizationId: row.organizationId } : null;
}

export async function createAssessment(principal: Principal, input: AssessmentCreate): Promise<AssessmentView> {
  authorize(principal, "maturity.write");
  const fields: Record<string, string[]> = {};
  input.proposals.forEach((proposal, index) => {
    if (proposal.id) fields[`proposals.${index}.id`] = ["Ett nytt förslag har inget id."];
  });
  if (Object.keys(fields).length) throw badRequest("Okända förbättringsförslag.", fields);
  const row = await createAudited(principal, "maturity_assessment", async (tx) => {
    await assertEvidence(tx, principal.organizationId, input.entries);
    const created = await tx.maturityAssessment.create({
      data: {
        organizationId: principal.organizationId,
        title: input.title,
        heldAt: input.heldAt,
        participants: input.participants,
        facilitator: input.facilitator ?? null,
        status: input.status,
        entries: { create: input.entries.map(entryData) },
        proposals: { create: input.proposals.map(proposalData) },
      },
      include: assessmentInclude,
    });
    return toAssessmentView(created);
  });
  return row;
}

export async function updateAssessment(principal: Principal, id: string, input: AssessmentUpdate): Promise<AssessmentView> {
  const { version, entries, proposals, ...changes } = input;
  return updateAudited(principal, "maturity_assessment", {
    version,
    load: (tx) => loadForAudit(tx, id),
    check: (before) => authorize(principal, "maturity.write", before),
    update: async (tx) => {
      await tx.maturityAssessment.update({ where: versionedWhere(id, version), data: { ...changes, ...nextVersion } });
      if (entries) {
        await assertEvidence(tx, principal.organizationId, entries);
        await replaceEntries(tx, id, entries);
      }
      if (proposals) await replaceProposals(tx, id, proposals);
      return toAssessmentView(await tx.maturityAssessment.findUniqueOrThrow({ where: { id }, include: assessmentInclude }));
    },
  });
}

/** Removes the session with its entries and proposals; actions made from its proposals stay. */
export async function deleteAssessment(principal: Principal, id: string): Promise<void> {
  await deleteAudited(principal, "maturity_assessment", {
    load: (tx) => loadForAudit(tx, id),
    check: (before) => authorize(principal, "maturity.write", before),
    remove: (tx) => tx.maturityAssessment.delete({ where: { id } }),
  });
}
