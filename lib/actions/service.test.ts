import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { AppError } from "../errors";
import { createOrgWithRoles, createPrincipal, createOrganization } from "../../test/factories";
import { listActions } from "./queries";
import { createAction, createActionInTx, deleteAction, updateAction } from "./service";
import { riskCreateSchema } from "../risks/schema";
import { createRisk, deleteRisk } from "../risks/service";
import { actionListQuerySchema } from "./schema";

const query = (input: Record<string, string> = {}) => actionListQuerySchema.parse(input);

describe("actions", () => {
  it("createActionInTx records the action's audit event in the caller's transaction", async () => {
    const { ciso } = await createOrgWithRoles();
    const action = await db.$transaction((tx) => createActionInTx(tx, ciso, { title: "Delad transaktion", status: "planned" }));
    expect(await db.auditEvent.count({ where: { entityId: action.id, entity: "action", action: "create" } })).toBe(1);
  });

  it("creates, updates with version and audits both", async () => {
    const { ciso } = await createOrgWithRoles();
    const created = await createAction(ciso, { title: "Inför MFA", status: "planned", ownerId: ciso.userId, dueAt: new Date("2020-01-01") });
    expect(created.version).toBe(1);
    expect(created.overdue).toBe(true);
    const updated = await updateAction(ciso, created.id, { status: "done", version: 1 });
    expect(updated.version).toBe(2);
    expect(updated.completedAt).not.toBeNull();
    const events = await db.auditEvent.findMany({ where: { entityId: created.id }, orderBy: { at: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["create", "update"]);
    expect(events[1].before).toMatchObject({ status: "planned" });
    expect(events[1].after).toMatchObject({ status: "done" });
  });

  it("answers 409 on a stale version and leaves the record as it was", async () => {
    const { ciso } = await createOrgWithRoles();
    const created = await createAction(ciso, { title: "A", status: "planned" });
    await updateAction(ciso, created.id, { title: "B", version: 1 });
    await expect(updateAction(ciso, created.id, { title: "C", version: 1 })).rejects.toMatchObject({ status: 409 });
    expect((await db.action.findUniqueOrThrow({ where: { id: created.id } })).title).toBe("B");
  });

  it("filters overdue and by source", async () => {
    const { ciso } = await createOrgWithRoles();
    await createAction(ciso, { title: "Förfallen", status: "in_progress", dueAt: new Date(Date.now() - 86_400_000) });
    await createAction(ciso, { title: "Framtida", status: "planned", dueAt: new Date(Date.now() + 86_400_000) });
    await createAction(ciso, { title: "Klar", status: "done", dueAt: new Date(Date.now() - 86_400_000) });
    const overdue = await listActions(ciso, query({ overdue: "true" }));
    expect(overdue.items.map((a) => a.title)).toEqual(["Förfallen"]);
    expect(overdue.total).toBe(1);
  });

  it("hides other organisations' actions (404) and denies reporters (403)", async () => {
    const { ciso, reporter } = await createOrgWithRoles();
    const other = await createPrincipal(await createOrganization("Annan"), "ciso");
    const action = await createAction(ciso, { title: "Hemlig", status: "planned" });
    await expect(updateAction(other, action.id, { title: "x", version: 1 })).rejects.toMatchObject({ status: 404 });
    await expect(deleteAction(other, action.id)).rejects.toBeInstanceOf(AppError);
    await expect(listActions(reporter, query())).rejects.toMatchObject({ status: 403 });
    expect((await listActions(other, query())).total).toBe(0);
  });

  it("lets an information owner change only actions they own", async () => {
    const { ciso, informationOwner } = await createOrgWithRoles();
    const mine = await createAction(ciso, { title: "Min", status: "planned", ownerId: informationOwner.userId });
    const theirs = await createAction(ciso, { title: "Annans", status: "planned", ownerId: ciso.userId });
    await expect(updateAction(informationOwner, mine.id, { status: "in_progress", version: 1 })).resolves.toMatchObject({ status: "in_progress" });
    await expect(updateAction(informationOwner, theirs.id, { status: "in_progress", version: 1 })).rejects.toMatchObject({ status: 403 });
  });

  it("rejects an owner from another organisation as a 400 naming the field", async () => {
    const { ciso } = await createOrgWithRoles();
    const stranger = await createPrincipal(await createOrganization("Annan"), "ciso");
    await expect(createAction(ciso, { title: "X", status: "planned", ownerId: stranger.userId })).rejects.toMatchObject({
      status: 400,
      fields: { ownerId: expect.any(Array) },
    });
  });
});

describe("records with actions", () => {
  it("are not deleted, so no action loses its origin", async () => {
    const { ciso } = await createOrgWithRoles();
    const risk = await createRisk(ciso, riskCreateSchema.parse({ title: "Risk med åtgärd", likelihood: 2, consequence: 2 }));
    await createAction(ciso, { title: "Behandla", status: "planned", source: { type: "risk", id: risk.id } });
    await expect(deleteRisk(ciso, risk.id)).rejects.toMatchObject({ status: 400 });
    expect(await db.risk.count({ where: { id: risk.id } })).toBe(1);
  });
});
