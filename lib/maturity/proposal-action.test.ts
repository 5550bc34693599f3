import { describe, expect, it } from "vitest";
import { createTestAssessment } from "../../test/maturity-factories";
import { createOrgWithRoles, createOrganization, createPrincipal } from "../../test/factories";
import { actionsFor } from "../actions/queries";
import { deleteAction } from "../actions/service";
import { db } from "../db/client";
import { getAssessment } from "./queries";
import { proposalToAction } from "./proposal-action";

const today = new Date("2025-03-12T10:00:00.000Z");

describe("proposal to action", () => {
  it("creates an action from the proposal with source maturity and a due date from the horizon", async () => {
    const { ciso, informationOwner } = await createOrgWithRoles();
    const session = await createTestAssessment(ciso);
    const proposal = session.proposals[0];
    const result = await proposalToAction(ciso, session.id, proposal.id, { ownerId: informationOwner.userId }, today);
    expect(result.created).toBe(true);
    expect(result.action).toMatchObject({
      title: "Inför årlig riskanalys",
      description: "Mall och workshop\n\nVem: CISO",
      ownerId: informationOwner.userId,
      ownerName: "Test information_owner",
      dueAt: "2025-09-12T00:00:00.000Z",
      status: "planned",
      source: { type: "maturity", id: session.id },
    });
    expect(result.proposal.actionId).toBe(result.action.id);
    expect((await getAssessment(ciso, session.id)).proposals[0].actionId).toBe(result.action.id);
    expect((await actionsFor(ciso, "maturity", session.id)).map((a) => a.id)).toEqual([result.action.id]);
    const events = await db.auditEvent.findMany({ where: { entityId: { in: [result.action.id, proposal.id] } } });
    expect(events.map((e) => `${e.entity}:${e.action}`).sort()).toEqual(["action:create", "maturity_proposal:to_action"]);
  });

  it("is idempotent: a second call returns the existing action", async () => {
    const { ciso } = await createOrgWithRoles();
    const session = await createTestAssessment(ciso);
    const first = await proposalToAction(ciso, session.id, session.proposals[0].id, {}, today);
    const second = await proposalToAction(ciso, session.id, session.proposals[0].id, {}, today);
    expect(second.created).toBe(false);
    expect(second.action.id).toBe(first.action.id);
    const [a, b] = await Promise.all([1, 2].map(() => proposalToAction(ciso, session.id, session.proposals[0].id, {}, today)));
    expect([a.action.id, b.action.id]).toEqual([first.action.id, first.action.id]);
    expect(await db.action.count({ where: { sourceType: "maturity", sourceId: session.id } })).toBe(1);
  });

  it("makes a new action when the linked one was deleted", async () => {
    const { ciso } = await createOrgWithRoles();
    const session = await createTestAssessment(ciso, { proposals: [{ perspective: "kompetens", what: "Utbilda chefer", horizon: "long" }] });
    const first = await proposalToAction(ciso, session.id, session.proposals[0].id, {}, today);
    await deleteAction(ciso, first.action.id);
    const again = await proposalToAction(ciso, session.id, session.proposals[0].id, {}, today);
    expect(again).toMatchObject({ created: true, action: { dueAt: "2027-03-12T00:00:00.000Z", description: null } });
    expect(again.action.id).not.toBe(first.action.id);
  });

  it("runs concurrent first calls into one action", async () => {
    const { ciso } = await createOrgWithRoles();
    const session = await createTestAssessment(ciso);
    const results = await Promise.all([1, 2, 3].map(() => proposalToAction(ciso, session.id, session.proposals[0].id, {}, today).catch((error: { status?: number }) => error)));
    const ok = results.filter((r): r is Awaited<ReturnType<typeof proposalToAction>> => "action" in r);
    expect(new Set(ok.map((r) => r.action.id)).size).toBe(1);
    expect(ok.filter((r) => r.created)).toHaveLength(1);
    expect(await db.action.count({ where: { sourceType: "maturity", sourceId: session.id } })).toBe(1);
  });

  it("denies readers (403), hides other organisations (404) and checks the owner and the proposal", async () => {
    const { ciso, management } = await createOrgWithRoles();
    const stranger = await createPrincipal(await createOrganization("Annan"), "ciso");
    const session = await createTestAssessment(ciso);
    const other = await createTestAssessment(ciso);
    const proposalId = session.proposals[0].id;
    await expect(proposalToAction(management, session.id, proposalId, {}, today)).rejects.toMatchObject({ status: 403 });
    await expect(proposalToAction(stranger, session.id, proposalId, {}, today)).rejects.toMatchObject({ status: 404 });
    await expect(proposalToAction(ciso, other.id, proposalId, {}, today)).rejects.toMatchObject({ status: 404 });
    await expect(proposalToAction(ciso, session.id, proposalId, { ownerId: stranger.userId }, today)).rejects.toMatchObject({
      status: 400,
      fields: { ownerId: expect.any(Array) },
    });
    expect((await getAssessment(ciso, session.id)).proposals[0].actionId).toBeNull();
  });
});
