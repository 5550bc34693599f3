import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { createOrgWithRoles, createOrganization, createPrincipal } from "../../test/factories";
import { createTestAsset } from "../../test/assets-factories";
import { createTestIncident } from "../../test/incidents-factories";
import { createTestRisk } from "../../test/risks-factories";
import { getIncident, listIncidents } from "./queries";
import { incidentListQuerySchema, incidentUpdateSchema } from "./schema";
import { updateIncident } from "./service";

const list = (input: Record<string, string> = {}) => incidentListQuerySchema.parse(input);
const patch = (input: Record<string, unknown>) => incidentUpdateSchema.parse(input);

describe("reporting", () => {
  it("answers a reporter with a reference and an IMY obligation 72 h after detection", async () => {
    const { reporter } = await createOrgWithRoles();
    const incident = await createTestIncident(reporter, { personalData: "yes", detectedAt: "2026-01-10T09:12:34.567Z" });
    expect(incident.reference).toMatch(new RegExp(`^INC-${new Date().getFullYear()}-\\d{4}$`));
    expect(incident.reporterId).toBe(reporter.userId);
    expect(incident.status).toBe("reported");
    expect(incident.obligations).toEqual([
      expect.objectContaining({ kind: "gdpr_imy", dueAt: "2026-01-13T09:12:34.567Z", reportedAt: null, status: "overdue", toAssess: false }),
    ]);
    const events = await db.auditEvent.findMany({ where: { entityId: incident.id } });
    expect(events.map((e) => e.action)).toEqual(["create"]);
  });

  it("numbers concurrent reports without collisions", async () => {
    const { reporter, ciso } = await createOrgWithRoles();
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => createTestIncident(i % 2 ? reporter : ciso, { title: `Rapport ${i}` })));
    const numbers = results.map((r) => Number(r.reference.slice(-4))).sort((a, b) => a - b);
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it("validates categories, assets of another organisation and the timeline (400 naming the field)", async () => {
    const { reporter } = await createOrgWithRoles();
    const stranger = await createOrganization("Annan");
    const foreignAsset = await createTestAsset(await createPrincipal(stranger, "ciso"));
    await expect(createTestIncident(reporter, { categories: ["nope"] })).rejects.toMatchObject({ status: 400, fields: { categories: expect.any(Array) } });
    await expect(createTestIncident(reporter, { assetIds: [foreignAsset.id] })).rejects.toMatchObject({ status: 400, fields: { assetIds: expect.any(Array) } });
    await expect(createTestIncident(reporter, { detectedAt: "2026-01-09T09:00:00Z" })).rejects.toMatchObject({ code: "validation_error", fields: { detectedAt: expect.any(Array) } });
    await expect(createTestIncident(reporter, { categories: ["attack", "human_error"] })).resolves.toMatchObject({ categories: ["attack", "human_error"] });
  });
});

describe("who sees and handles what", () => {
  it("shows reporters only their own incidents and forbids their PATCH", async () => {
    const { organization, reporter, ciso } = await createOrgWithRoles();
    const colleague = await createPrincipal(organization, "reporter");
    const mine = await createTestIncident(reporter, { title: "Min" });
    const theirs = await createTestIncident(colleague, { title: "Kollegans" });
    const result = await listIncidents(reporter, list());
    expect(result.items.map((i) => i.title)).toEqual(["Min"]);
    expect(result.total).toBe(1);
    await expect(getIncident(reporter, theirs.id)).rejects.toMatchObject({ status: 403 });
    await expect(updateIncident(reporter, mine.id, patch({ severity: 1, version: 1 }))).rejects.toMatchObject({ status: 403 });
    expect((await listIncidents(ciso, list())).total).toBe(2);
  });

  it("answers 404 for another organisation's incident", async () => {
    const { reporter } = await createOrgWithRoles();
    const other = await createPrincipal(await createOrganization("Annan"), "ciso");
    const incident = await createTestIncident(reporter);
    await expect(getIncident(other, incident.id)).rejects.toMatchObject({ status: 404 });
    await expect(updateIncident(other, incident.id, patch({ severity: 2, version: 1 }))).rejects.toMatchObject({ status: 404 });
    expect((await listIncidents(other, list())).total).toBe(0);
  });

  it("lets an information owner read incidents on their assets, and auditors and management read all", async () => {
    const { reporter, ciso, informationOwner, auditor, management } = await createOrgWithRoles();
    const owned = await createTestAsset(ciso, { ownerId: informationOwner.userId });
    const onMine = await createTestIncident(reporter, { title: "På min tillgång", assetIds: [owned.id] });
    const elsewhere = await createTestIncident(reporter, { title: "Annat" });
    expect((await listIncidents(informationOwner, list())).items.map((i) => i.title)).toEqual(["På min tillgång"]);
    await expect(getIncident(informationOwner, onMine.id)).resolves.toMatchObject({ assets: [{ id: owned.id }] });
    await expect(getIncident(informationOwner, elsewhere.id)).rejects.toMatchObject({ status: 403 });
    await expect(updateIncident(informationOwner, onMine.id, patch({ severity: 1, version: 1 }))).rejects.toMatchObject({ status: 403 });
    expect((await listIncidents(auditor, list())).total).toBe(2);
    expect((await listIncidents(management, list())).total).toBe(2);
  });

  it("hides linked risks from reporters", async () => {
    const { organization, reporter, ciso } = await createOrgWithRoles();
    const risk = await createTestRisk(ciso, { identifiedAt: new Date("2025-01-01") });
    const incident = await createTestIncident(reporter);
    await updateIncident(ciso, incident.id, patch({ riskIds: [risk.id], version: 1 }));
    expect(await getIncident(reporter, incident.id)).toMatchObject({ riskIds: [], risks: [], foreseen: true });
    expect(await getIncident(ciso, incident.id)).toMatchObject({ riskIds: [risk.id], risks: [{ id: risk.id, identifiedAt: "2025-01-01" }] });
  });
});

describe("handling", () => {
  it("triages, moves through the statuses and needs a root cause to close a serious incident", async () => {
    const { reporter, ciso } = await createOrgWithRoles();
    // No personal data: no reporting obligation stands in the way of closing (see close.test.ts).
    const incident = await createTestIncident(reporter, { personalData: "no" });
    let v = await updateIncident(ciso, incident.id, patch({ status: "triaged", severity: 3, handlerId: ciso.userId, impact: { availability: true }, version: 1 }));
    expect(v).toMatchObject({ status: "triaged", handlerName: ciso.name, impact: { availability: true, confidentiality: false } });
    await expect(updateIncident(ciso, incident.id, patch({ status: "closed", version: v.version }))).rejects.toMatchObject({
      code: "status_move",
      fields: { status: [expect.stringContaining("investigating")] },
    });
    v = await updateIncident(ciso, incident.id, patch({ status: "investigating", version: v.version }));
    v = await updateIncident(ciso, incident.id, patch({ status: "resolved", version: v.version }));
    await expect(updateIncident(ciso, incident.id, patch({ status: "closed", version: v.version }))).rejects.toMatchObject({
      status: 400,
      fields: { rootCause: expect.any(Array) },
    });
    v = await updateIncident(ciso, incident.id, patch({ status: "closed", rootCause: "Kryptering saknades", lessonsLearned: "Kryptera alla datorer", version: v.version }));
    expect(v.closedAt).not.toBeNull();
    expect(v.nextStatuses).toEqual(["investigating"]);
    v = await updateIncident(ciso, incident.id, patch({ status: "investigating", version: v.version }));
    expect(v.closedAt).toBeNull();
  });

  it("answers 409 on a stale version", async () => {
    const { reporter, ciso } = await createOrgWithRoles();
    const incident = await createTestIncident(reporter);
    await updateIncident(ciso, incident.id, patch({ severity: 1, version: 1 }));
    await expect(updateIncident(ciso, incident.id, patch({ severity: 2, version: 1 }))).rejects.toMatchObject({ status: 409 });
  });

  it("checks repeatOf, handler and risk references", async () => {
    const { reporter, ciso } = await createOrgWithRoles();
    const stranger = await createPrincipal(await createOrganization("Annan"), "ciso");
    const earlier = await createTestIncident(reporter, { occurredAt: "2025-12-01T08:00:00Z", detectedAt: "2025-12-01T09:00:00Z" });
    const later = await createTestIncident(reporter);
    await expect(updateIncident(ciso, later.id, patch({ repeatOfId: later.id, version: 1 }))).rejects.toMatchObject({ fields: { repeatOfId: expect.any(Array) } });
    await expect(updateIncident(ciso, earlier.id, patch({ repeatOfId: later.id, version: 1 }))).rejects.toMatchObject({ fields: { repeatOfId: expect.any(Array) } });
    await expect(updateIncident(ciso, later.id, patch({ handlerId: stranger.userId, version: 1 }))).rejects.toMatchObject({ fields: { handlerId: expect.any(Array) } });
    expect(incidentUpdateSchema.safeParse({ severity: 7, version: 1 }).error?.issues[0].path).toEqual(["severity"]);
    await expect(updateIncident(ciso, later.id, patch({ repeatOfId: earlier.id, riskIds: [], assetIds: [], handlerId: ciso.userId, version: 1 }))).resolves.toMatchObject({
      repeatOfReference: earlier.reference,
      handlerId: ciso.userId,
    });
  });
});
