import { describe, expect, it } from "vitest";
import { assessmentBody, createTestAssessment, levelsOf } from "../../test/maturity-factories";
import { createOrgWithRoles, createOrganization, createPrincipal } from "../../test/factories";
import { createAction } from "../actions/service";
import { db } from "../db/client";
import { getAssessment, listAssessments } from "./queries";
import { assessmentCreateSchema, assessmentListQuerySchema, assessmentUpdateSchema } from "./schema";
import { createAssessment, deleteAssessment, updateAssessment } from "./service";

const query = (input: Record<string, string> = {}) => assessmentListQuerySchema.parse(input);
const update = (input: Record<string, unknown>) => assessmentUpdateSchema.parse(input);

describe("maturity assessments", () => {
  it("creates a session with six entries and a proposal and reads it back exactly", async () => {
    const { ciso, auditor } = await createOrgWithRoles();
    const body = assessmentBody();
    // Sent in another order than MSB's: read back in MSB's order.
    const created = await createAssessment(ciso, assessmentCreateSchema.parse({ ...body, entries: [...body.entries].reverse() }));
    const read = await getAssessment(auditor, created.id);
    expect(read).toEqual(created);
    expect(read).toMatchObject({ title: body.title, heldAt: body.heldAt, participants: body.participants, facilitator: body.facilitator, status: "completed", version: 1 });
    expect(read.entries).toEqual(body.entries);
    expect(read.proposals).toEqual([{ ...body.proposals[0], id: expect.any(String), position: 0, actionId: null }]);
    const events = await db.auditEvent.findMany({ where: { entityId: created.id } });
    expect(events.map((e) => e.action)).toEqual(["create"]);
  });

  it("lists sessions with their levels, newest first with sort=heldAt:desc", async () => {
    const { ciso, management } = await createOrgWithRoles();
    await createTestAssessment(ciso, { title: "Mitten", heldAt: "2024-09-01T00:00:00.000Z" });
    await createTestAssessment(ciso, { title: "Äldst", heldAt: "2023-09-01T00:00:00.000Z" });
    await createTestAssessment(ciso, { title: "Nyast", heldAt: "2025-09-01T00:00:00.000Z", status: "draft" }, [3, 3, 3, 3, 3, null]);
    const desc = await listAssessments(management, query({ sort: "heldAt:desc" }));
    expect(desc.items.map((s) => s.title)).toEqual(["Nyast", "Mitten", "Äldst"]);
    expect(desc.total).toBe(3);
    expect(desc.items[0]).toMatchObject({ status: "draft", proposalCount: 1, levels: { riskhantering: 3, uppfoljning: null } });
    const asc = await listAssessments(management, query({ sort: "heldAt:asc" }));
    expect(asc.items.map((s) => s.title)).toEqual(["Äldst", "Mitten", "Nyast"]);
    expect((await listAssessments(management, query({ status: "draft" }))).items.map((s) => s.title)).toEqual(["Nyast"]);
    expect((await listAssessments(management, query({ q: "mitt" }))).items.map((s) => s.title)).toEqual(["Mitten"]);
  });

  it("saves a draft and resumes it: replaces the lists sent, keeps kept proposals and their ids", async () => {
    const { ciso } = await createOrgWithRoles();
    const draft = await createAssessment(ciso, assessmentCreateSchema.parse({ title: "Utkast", heldAt: "2025-03-12", entries: [{ perspective: "riskhantering", level: 2 }] }));
    expect(draft.status).toBe("draft");
    const body = assessmentBody();
    const resumed = await updateAssessment(ciso, draft.id, update({ version: 1, entries: body.entries, proposals: body.proposals }));
    expect(resumed.entries).toHaveLength(6);
    const kept = resumed.proposals[0];
    const completed = await updateAssessment(ciso, draft.id, update({
      version: 2,
      status: "completed",
      proposals: [{ perspective: "kompetens", what: "Ny utbildning", horizon: "6-12" }, { ...body.proposals[0], id: kept.id, what: "Ändrad" }],
    }));
    expect(completed.status).toBe("completed");
    expect(completed.entries).toEqual(resumed.entries);
    expect(completed.proposals.map((p) => [p.what, p.position])).toEqual([["Ny utbildning", 0], ["Ändrad", 1]]);
    expect(completed.proposals[1].id).toBe(kept.id);
    const trimmed = await updateAssessment(ciso, draft.id, update({ version: 3, entries: [], proposals: [] }));
    expect(trimmed).toMatchObject({ entries: [], proposals: [], version: 4 });
  });

  it("answers 409 on a stale version and 400 for a proposal id of another session", async () => {
    const { ciso } = await createOrgWithRoles();
    const a = await createTestAssessment(ciso);
    const b = await createTestAssessment(ciso);
    await updateAssessment(ciso, a.id, update({ version: 1, title: "Ny" }));
    await expect(updateAssessment(ciso, a.id, update({ version: 1, title: "Gammal" }))).rejects.toMatchObject({ status: 409 });
    const foreign = { ...assessmentBody().proposals[0], id: b.proposals[0].id };
    await expect(updateAssessment(ciso, a.id, update({ version: 2, proposals: [foreign] }))).rejects.toMatchObject({
      status: 400,
      fields: { "proposals.0.id": expect.any(Array) },
    });
    expect((await getAssessment(ciso, b.id)).proposals).toHaveLength(1);
  });

  it("checks evidence links against the organisation", async () => {
    const { ciso } = await createOrgWithRoles();
    const stranger = await createPrincipal(await createOrganization("Annan"), "ciso");
    const own = await createAction(ciso, { title: "Egen", status: "planned" });
    const theirs = await createAction(stranger, { title: "Annans", status: "planned" });
    const body = assessmentBody();
    const withEvidence = (id: string) => ({ ...body, entries: [{ ...body.entries[0], evidence: [{ type: "action", id, label: "Åtgärd" }] }] });
    const created = await createTestAssessment(ciso, withEvidence(own.id));
    expect(created.entries[0].evidence).toEqual([{ type: "action", id: own.id, label: "Åtgärd" }]);
    await expect(createTestAssessment(ciso, withEvidence(theirs.id))).rejects.toMatchObject({
      status: 400,
      fields: { "entries.0.evidence.action": expect.any(Array) },
    });
  });

  it("lets admin and ciso write, management and auditor read, and denies the others", async () => {
    const { admin, ciso, management, auditor, informationOwner, reporter } = await createOrgWithRoles();
    const session = await createTestAssessment(admin);
    for (const reader of [ciso, management, auditor]) await expect(getAssessment(reader, session.id)).resolves.toMatchObject({ id: session.id });
    for (const denied of [informationOwner, reporter]) {
      await expect(listAssessments(denied, query())).rejects.toMatchObject({ status: 403 });
      await expect(getAssessment(denied, session.id)).rejects.toMatchObject({ status: 403 });
    }
    for (const readOnly of [management, auditor, informationOwner, reporter]) {
      await expect(createTestAssessment(readOnly)).rejects.toMatchObject({ status: 403 });
      await expect(updateAssessment(readOnly, session.id, update({ version: 1, title: "X" }))).rejects.toMatchObject({ status: 403 });
      await expect(deleteAssessment(readOnly, session.id)).rejects.toMatchObject({ status: 403 });
    }
    expect(levelsOf((await getAssessment(ciso, session.id)).entries).riskhantering).toBe(2);
  });

  it("hides another organisation's sessions (404) and deletes with an audit event", async () => {
    const { ciso } = await createOrgWithRoles();
    const other = await createPrincipal(await createOrganization("Annan"), "ciso");
    const session = await createTestAssessment(ciso);
    await expect(getAssessment(other, session.id)).rejects.toMatchObject({ status: 404 });
    await expect(updateAssessment(other, session.id, update({ version: 1, title: "X" }))).rejects.toMatchObject({ status: 404 });
    await expect(deleteAssessment(other, session.id)).rejects.toMatchObject({ status: 404 });
    expect((await listAssessments(other, query())).total).toBe(0);
    await deleteAssessment(ciso, session.id);
    await expect(getAssessment(ciso, session.id)).rejects.toMatchObject({ status: 404 });
    expect(await db.maturityEntry.count({ where: { assessmentId: session.id } })).toBe(0);
    const events = await db.auditEvent.findMany({ where: { entityId: session.id }, orderBy: { at: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["create", "delete"]);
    expect(events[1].before).toMatchObject({ title: session.title });
  });
});
