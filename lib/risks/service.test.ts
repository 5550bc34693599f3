import { describe, expect, it } from "vitest";
import { listActions } from "../actions/queries";
import { actionListQuerySchema } from "../actions/schema";
import { createAction } from "../actions/service";
import { db } from "../db/client";
import { createOrganization, createOrgWithRoles, createPrincipal } from "../../test/factories";
import { createTestAsset } from "../../test/assets-factories";
import { createTestIncident } from "../../test/incidents-factories";
import { createTestRisk, riskInput } from "../../test/risks-factories";
import { getRisk, listRisks, riskHistory } from "./queries";
import { stockholmToday } from "../dates";
import { riskCreateSchema, riskListQuerySchema } from "./schema";
import { acceptRisk, createRisk, createRiskInTx, deleteRisk, updateRisk } from "./service";

const list = (input: Record<string, string> = {}) => riskListQuerySchema.parse(input);

describe("risks", () => {
  it("createRiskInTx writes the risk, its first level and its audit event in the caller's transaction; a rollback takes all three", async () => {
    const { ciso } = await createOrgWithRoles();
    const input = riskCreateSchema.parse({ title: "Delad transaktion", likelihood: 2, consequence: 3 });
    const committed = await db.$transaction((tx) => createRiskInTx(tx, ciso, input));
    expect(await db.auditEvent.count({ where: { entityId: committed.id, entity: "risk", action: "create" } })).toBe(1);
    expect(await db.riskLevelChange.count({ where: { riskId: committed.id } })).toBe(1);

    let createdId = "";
    const rollback = db.$transaction(async (tx) => {
      createdId = (await createRiskInTx(tx, ciso, { ...input, title: "Rullas tillbaka" })).id;
      throw new Error("the caller's own step fails");
    });
    await expect(rollback).rejects.toThrow("the caller's own step fails");
    expect(await db.risk.count({ where: { id: createdId } })).toBe(0);
    expect(await db.auditEvent.count({ where: { entityId: createdId } })).toBe(0);
  });

  it("computes level 12 and band high from 3 × 4, audits and starts the history", async () => {
    const { ciso } = await createOrgWithRoles();
    const risk = await createTestRisk(ciso, { likelihood: 3, consequence: 4, cause: "Svaga lösenord", event: "Intrång", consequenceText: "Dataläckage" });
    expect(risk).toMatchObject({ level: 12, band: "high", status: "open", treatment: null, residualLevel: null, acceptance: null, actionsOverdue: 0 });
    expect(risk.identifiedAt).toBe(stockholmToday().toISOString().slice(0, 10));
    expect((await riskHistory(ciso, risk.id)).items).toHaveLength(1);
    expect(await db.auditEvent.count({ where: { entityId: risk.id, action: "create" } })).toBe(1);
  });

  it("answers 400 naming the field for likelihood 5", async () => {
    const { ciso } = await createOrgWithRoles();
    const parsed = riskCreateSchema.safeParse({ title: "X", likelihood: 5, consequence: 2 });
    expect(parsed.error?.issues.map((issue) => issue.path.join("."))).toEqual(["likelihood"]);
    await expect(createRisk(ciso, riskInput({ likelihood: 5 }))).rejects.toMatchObject({ code: "validation_error", fields: { likelihood: expect.any(Array) } });
  });

  it("requires a motivated decision to accept", async () => {
    const { ciso } = await createOrgWithRoles();
    const risk = await createTestRisk(ciso, { likelihood: 1, consequence: 2 });
    await expect(updateRisk(ciso, risk.id, { treatment: "accept", version: 1 })).rejects.toMatchObject({ code: "motivation_required", fields: { "acceptance.motivation": expect.any(Array) } });
    await expect(createRisk(ciso, riskInput({ treatment: "accept" }))).rejects.toMatchObject({ code: "motivation_required", fields: { "acceptance.motivation": expect.any(Array) } });
  });

  it("lets management accept a high risk but not the ciso, naming who may decide", async () => {
    const { ciso, management } = await createOrgWithRoles();
    const risk = await createTestRisk(ciso, { likelihood: 3, consequence: 4 });
    await expect(acceptRisk(ciso, risk.id, { motivation: "Kostnaden är för hög", version: 1 })).rejects.toMatchObject({
      status: 403,
      message: "Endast ledningen får acceptera risker på nivån hög.",
    });
    await expect(updateRisk(ciso, risk.id, { treatment: "accept", acceptance: { motivation: "x" }, version: 1 })).rejects.toMatchObject({ status: 403 });
    const accepted = await acceptRisk(management, risk.id, { motivation: "Kostnaden är för hög", version: 1 });
    expect(accepted).toMatchObject({ status: "accepted", treatment: "accept", residualLevel: 12, acceptance: { decidedById: management.userId, motivation: "Kostnaden är för hög" } });
    expect(accepted.acceptance?.decidedAt).not.toBeNull();
    expect(await db.auditEvent.count({ where: { entityId: risk.id, action: "accept" } })).toBe(1);
  });

  it("lets management decide through PATCH with only the acceptance, and nothing else", async () => {
    const { ciso, management, auditor } = await createOrgWithRoles();
    const risk = await createTestRisk(ciso, { likelihood: 4, consequence: 4 });
    await expect(updateRisk(management, risk.id, { treatment: "accept", acceptance: { motivation: "x" }, likelihood: 1, version: 1 })).rejects.toMatchObject({ status: 403 });
    await expect(updateRisk(auditor, risk.id, { treatment: "accept", acceptance: { motivation: "x" }, version: 1 })).rejects.toMatchObject({
      status: 403,
      message: "Endast ledningen får acceptera risker på nivån extremt hög.",
    });
    await expect(updateRisk(management, risk.id, { treatment: "accept", version: 1 })).rejects.toMatchObject({ code: "motivation_required" });
    await expect(updateRisk(management, risk.id, { treatment: "accept", acceptance: { motivation: "Beslutat i ledningsgruppen" }, version: 1 })).resolves.toMatchObject({
      status: "accepted",
      acceptance: { decidedById: management.userId },
    });
  });

  it("lets the ciso accept up to medium and register management's decision above it", async () => {
    const { ciso, management, informationOwner } = await createOrgWithRoles();
    const medium = await createRisk(ciso, riskInput({ likelihood: 2, consequence: 3, treatment: "accept", acceptance: { motivation: "Inom ramen" } }));
    expect(medium).toMatchObject({ status: "accepted", acceptance: { decidedById: ciso.userId } });
    const high = await createTestRisk(ciso, { likelihood: 4, consequence: 3 });
    const decidedAt = new Date("2026-03-01T10:00:00Z");
    await expect(acceptRisk(ciso, high.id, { motivation: "Beslut i ledningsgruppen", decidedById: management.userId, decidedAt, version: 1 })).resolves.toMatchObject({
      acceptance: { decidedById: management.userId, decidedAt: decidedAt.toISOString() },
    });
    const other = await createTestRisk(ciso, { likelihood: 4, consequence: 3 });
    await expect(acceptRisk(ciso, other.id, { motivation: "x", decidedById: informationOwner.userId, version: 1 })).rejects.toMatchObject({ status: 403 });
  });

  it("asks for a new decision when an accepted risk's band rises and drops it when treatment changes", async () => {
    const { ciso } = await createOrgWithRoles();
    const risk = await createRisk(ciso, riskInput({ likelihood: 1, consequence: 2, treatment: "accept", acceptance: { motivation: "Låg" } }));
    await expect(updateRisk(ciso, risk.id, { likelihood: 4, version: 1 })).rejects.toMatchObject({ code: "acceptance_renewal_required" });
    const reduced = await updateRisk(ciso, risk.id, { treatment: "reduce", residualLikelihood: 1, residualConsequence: 1, version: 1 });
    expect(reduced).toMatchObject({ status: "open", acceptance: null, residualLevel: 1, residualBand: "low" });
  });

  it("keeps a history row for level and status changes only", async () => {
    const { ciso } = await createOrgWithRoles();
    const risk = await createTestRisk(ciso);
    await updateRisk(ciso, risk.id, { title: "Nytt namn", version: 1 });
    await updateRisk(ciso, risk.id, { likelihood: 4, version: 2 });
    await updateRisk(ciso, risk.id, { status: "treated", version: 3 });
    const history = (await riskHistory(ciso, risk.id)).items;
    expect(history.map((h) => [h.level, h.status])).toEqual([[8, "treated"], [8, "open"], [4, "open"]]);
    expect(history[0].changedByName).toBe(ciso.name);
  });

  it("answers 409 on a stale version", async () => {
    const { ciso } = await createOrgWithRoles();
    const risk = await createTestRisk(ciso);
    await updateRisk(ciso, risk.id, { title: "B", version: 1 });
    await expect(updateRisk(ciso, risk.id, { title: "C", version: 1 })).rejects.toMatchObject({ status: 409 });
  });

  it("lists an overdue action from the risk under overdue actions and counts it on the risk", async () => {
    const { ciso } = await createOrgWithRoles();
    const risk = await createTestRisk(ciso, { likelihood: 3, consequence: 3 });
    await createAction(ciso, { title: "Inför MFA", status: "planned", dueAt: new Date(Date.now() - 86_400_000), source: { type: "risk", id: risk.id } });
    const overdue = await listActions(ciso, actionListQuerySchema.parse({ overdue: "true" }));
    expect(overdue.items.map((action) => action.source)).toEqual([{ type: "risk", id: risk.id, title: risk.title }]);
    expect((await getRisk(ciso, risk.id)).actionsOverdue).toBe(1);
  });

  it("denies reporters, hides other organisations and keeps management to reading and accepting", async () => {
    const { ciso, reporter, management, auditor } = await createOrgWithRoles();
    const other = await createPrincipal(await createOrganization("Annan"), "ciso");
    const risk = await createTestRisk(ciso);
    await expect(listRisks(reporter, list())).rejects.toMatchObject({ status: 403 });
    await expect(getRisk(reporter, risk.id)).rejects.toMatchObject({ status: 403 });
    await expect(getRisk(other, risk.id)).rejects.toMatchObject({ status: 404 });
    await expect(updateRisk(other, risk.id, { title: "x", version: 1 })).rejects.toMatchObject({ status: 404 });
    await expect(acceptRisk(other, risk.id, { motivation: "x", version: 1 })).rejects.toMatchObject({ status: 404 });
    expect((await listRisks(other, list())).total).toBe(0);
    await expect(updateRisk(management, risk.id, { title: "x", version: 1 })).rejects.toMatchObject({ status: 403 });
    await expect(createTestRisk(management)).rejects.toMatchObject({ status: 403 });
    await expect(createTestRisk(auditor)).rejects.toMatchObject({ status: 403 });
    await expect(deleteRisk(management, risk.id)).rejects.toMatchObject({ status: 403 });
    expect((await listRisks(auditor, list())).total).toBe(1);
    await deleteRisk(ciso, risk.id);
    await expect(getRisk(ciso, risk.id)).rejects.toMatchObject({ status: 404 });
  });

  it("lets an information owner propose and read risks on their own assets and accept low ones they own", async () => {
    const { ciso, informationOwner } = await createOrgWithRoles();
    const mine = await createTestAsset(ciso, { ownerId: informationOwner.userId });
    const theirs = await createTestAsset(ciso, { ownerId: ciso.userId });
    const proposed = await createTestRisk(informationOwner, { assetIds: [mine.id], likelihood: 1, consequence: 2, ownerId: informationOwner.userId });
    expect(proposed.status).toBe("open");
    await expect(createTestRisk(informationOwner, { assetIds: [theirs.id] })).rejects.toMatchObject({ status: 403 });
    await expect(createTestRisk(informationOwner)).rejects.toMatchObject({ status: 403 });
    const hidden = await createTestRisk(ciso, { assetIds: [theirs.id] });
    await expect(getRisk(informationOwner, hidden.id)).rejects.toMatchObject({ status: 403 });
    expect((await listRisks(informationOwner, list())).items.map((risk) => risk.id)).toEqual([proposed.id]);
    await expect(updateRisk(informationOwner, proposed.id, { title: "x", version: 1 })).rejects.toMatchObject({ status: 403 });
    await expect(acceptRisk(informationOwner, proposed.id, { motivation: "Ringa", version: 1 })).resolves.toMatchObject({ status: "accepted" });
    const medium = await createTestRisk(ciso, { assetIds: [mine.id], likelihood: 2, consequence: 2, ownerId: informationOwner.userId });
    await expect(acceptRisk(informationOwner, medium.id, { motivation: "x", version: 1 })).rejects.toMatchObject({ status: 403, message: expect.stringContaining("medelhög") });
  });

  it("rejects references from another organisation as 400 naming the field and keeps the incident source", async () => {
    const { ciso } = await createOrgWithRoles();
    const stranger = await createPrincipal(await createOrganization("Annan"), "ciso");
    const foreignAsset = await createTestAsset(stranger);
    const foreignIncident = await createTestIncident(stranger);
    await expect(createTestRisk(ciso, { assetIds: [foreignAsset.id] })).rejects.toMatchObject({ status: 400, fields: { assetIds: expect.any(Array) } });
    await expect(createTestRisk(ciso, { source: { type: "incident", id: foreignIncident.id } })).rejects.toMatchObject({ status: 400, fields: { "source.id": expect.any(Array) } });
    const incident = await createTestIncident(ciso);
    const risk = await createTestRisk(ciso, { source: { type: "incident", id: incident.id } });
    expect(risk.source).toEqual({ type: "incident", id: incident.id });
    expect((await listRisks(ciso, list({ source: "incident" }))).total).toBe(1);
  });
});
