import { describe, expect, it } from "vitest";
import { GET as listActions } from "@/app/api/v1/actions/route";
import { POST as decisionsRoute } from "@/app/api/v1/management-reviews/[id]/decisions/route";
import { GET as pdfRoute } from "@/app/api/v1/management-reviews/[id]/pdf/route";
import { GET as getRoute, PATCH as patchRoute } from "@/app/api/v1/management-reviews/[id]/route";
import { GET as listRoute, POST as createRoute } from "@/app/api/v1/management-reviews/route";
import { createOrgWithRoles } from "../../test/factories";
import { callRoute } from "../../test/http";
import { pdfText } from "../../test/pdf-text";
import { createTestRisk } from "../../test/risks-factories";
import type { Principal } from "../authz/roles";
import { db } from "../db/client";
import { updateRisk } from "../risks/service";

const create = (who: Principal, body: Record<string, unknown> = {}) =>
  callRoute(createRoute, who, { body: { title: "Ledningens genomgang 2026", periodFrom: "2026-01-01", periodTo: "2026-12-31", participants: ["Kommundirektör"], ...body } });
const patch = (who: Principal, id: string, body: Record<string, unknown>) => callRoute(patchRoute, who, { method: "PATCH", params: { id }, body });
const get = (who: Principal, id: string) => callRoute(getRoute, who, { params: { id } });
const decide = (who: Principal, id: string, body: Record<string, unknown>) => callRoute(decisionsRoute, who, { params: { id }, body });
const conclusion = { suitability: "yes", adequacy: "partly", effectiveness: "yes", comment: "Fortsatt lämpligt." };

describe("management reviews through the API", () => {
  it("compiles the sections live while a draft and freezes them when held: a later risk change leaves section f as it was", async () => {
    const { ciso, management } = await createOrgWithRoles();
    const risk = await createTestRisk(ciso, { likelihood: 1, consequence: 2 });
    const created = await create(management);
    expect(created.status).toBe(201);
    const id = created.json.id;
    expect(created.json).toMatchObject({ status: "draft", frozen: false });
    expect(created.json.sections.f.byBand).toEqual({ low: 1, medium: 0, high: 0, extreme: 0 });
    expect(created.json.sections.d.indicators.length).toBeGreaterThan(0);
    expect(new Set(created.json.sections.d.indicators.map((i: { perspective: string }) => i.perspective)).size).toBeGreaterThan(1);

    const held = await patch(management, id, { status: "held", comments: { b: "Ny lag om cybersäkerhet." }, version: 1 });
    expect(held.status).toBe(200);
    expect(held.json).toMatchObject({ status: "held", frozen: true, comments: { b: "Ny lag om cybersäkerhet." }, version: 2 });
    expect(held.json.heldAt).not.toBeNull();

    await updateRisk(ciso, risk.id, { likelihood: 4, consequence: 4, version: risk.version });
    const later = await get(management, id);
    expect(later.json.sections.f.byBand).toEqual({ low: 1, medium: 0, high: 0, extreme: 0 });
    expect(later.json.sections.f.aboveAcceptance).toEqual([]);
    // A new draft compiled now sees the change: the frozen section is the snapshot, not a stale cache.
    const fresh = await create(management, { title: "Nästa" });
    expect(fresh.json.sections.f.byBand).toMatchObject({ extreme: 1 });
    expect(fresh.json.sections.f.aboveAcceptance).toEqual([expect.objectContaining({ id: risk.id, band: "extreme", level: 16 })]);
  });

  it("turns a decision into an action in the tracker and lists it in section a of the next review", async () => {
    const { management, ciso } = await createOrgWithRoles();
    const first = (await create(management, { periodFrom: "2025-01-01", periodTo: "2025-12-31" })).json;
    const decided = await decide(management, first.id, { text: "Inför MFA för alla konton.", kind: "resources", action: { title: "Inför MFA", ownerId: ciso.userId, dueAt: "2026-06-30" } });
    expect(decided.status).toBe(201);
    expect(decided.json).toMatchObject({ kind: "resources", action: { title: "Inför MFA", status: "planned", ownerName: ciso.name } });
    expect((await decide(management, first.id, { text: "Ingen åtgärd behövs.", kind: "other" })).json.action).toBeNull();

    const tracker = await callRoute(listActions, ciso, { path: `/api/v1/actions?source=management_review:${first.id}` });
    expect(tracker.json.items).toEqual([expect.objectContaining({ id: decided.json.action.id, ownerId: ciso.userId, source: expect.objectContaining({ type: "management_review", id: first.id }) })]);
    const action = await db.action.findUniqueOrThrow({ where: { id: decided.json.action.id } });
    expect(action.dueAt?.toISOString().slice(0, 10)).toBe("2026-06-30");

    await patch(management, first.id, { status: "held", version: 1 });
    const next = (await create(management)).json;
    expect(next.sections.a.previousReview).toMatchObject({ id: first.id });
    expect(next.sections.a.decisions.map((d: { text: string }) => d.text)).toEqual(["Inför MFA för alla konton.", "Ingen åtgärd behövs."]);
    expect(next.sections.a.decisions[0].action).toMatchObject({ title: "Inför MFA", status: "planned" });
  });

  it("signs off a held review with a conclusion, after which every write is 409", async () => {
    const { management } = await createOrgWithRoles();
    const id = (await create(management)).json.id;
    expect((await patch(management, id, { signOff: true, conclusion, version: 1 })).json.error.code).toBe("review_not_held");
    await patch(management, id, { status: "held", version: 1 });
    expect((await patch(management, id, { signOff: true, version: 2 })).json.error.code).toBe("conclusion_required");
    expect((await patch(management, id, { periodTo: "2026-06-30", version: 2 })).json.error.code).toBe("review_period_frozen");
    const signed = await patch(management, id, { signOff: true, conclusion, version: 2 });
    expect(signed.json).toMatchObject({ status: "closed", signedOffById: management.userId, conclusion });
    expect((await patch(management, id, { title: "Ändrad", version: 3 })).status).toBe(409);
    expect((await decide(management, id, { text: "Sent beslut", kind: "other" })).json.error.code).toBe("review_closed");
  });

  it("answers 409 on a stale version, 400 on a period that ends before it starts, and lists the organisation's reviews", async () => {
    const { management } = await createOrgWithRoles();
    const id = (await create(management)).json.id;
    expect((await patch(management, id, { title: "Ny rubrik", version: 1 })).json.version).toBe(2);
    expect((await patch(management, id, { title: "Gammal", version: 1 })).status).toBe(409);
    expect((await create(management, { periodFrom: "2026-12-31", periodTo: "2026-01-01" })).json.error.code).toBe("review_period");
    const list = await callRoute(listRoute, management, { path: "/api/v1/management-reviews" });
    expect(list.json.items.map((r: { id: string }) => r.id)).toEqual([id]);
  });

  it("lets management, admin and ciso write, the auditor read, and refuses reporters, information owners and other organisations", async () => {
    const mine = await createOrgWithRoles();
    const other = await createOrgWithRoles();
    expect((await create(mine.admin)).status).toBe(201);
    expect((await create(mine.ciso)).status).toBe(201);
    const id = (await create(mine.management)).json.id;
    expect((await get(mine.auditor, id)).status).toBe(200);
    expect((await patch(mine.auditor, id, { title: "X", version: 1 })).status).toBe(403);
    expect((await create(mine.auditor)).status).toBe(403);
    for (const who of [mine.reporter, mine.informationOwner]) {
      expect((await get(who, id)).status).toBe(403);
      expect((await create(who)).status).toBe(403);
      expect((await callRoute(listRoute, who, { path: "/api/v1/management-reviews" })).status).toBe(403);
    }
    expect((await get(other.management, id)).status).toBe(404);
    expect((await patch(other.management, id, { title: "X", version: 1 })).status).toBe(404);
    expect((await decide(other.management, id, { text: "X", kind: "other" })).status).toBe(404);
    expect((await callRoute(pdfRoute, other.management, { params: { id } })).status).toBe(404);
  });

  it("downloads the review as a PDF with its title and the organisation's name in the text", async () => {
    const { management, organization } = await createOrgWithRoles();
    const id = (await create(management)).json.id;
    await decide(management, id, { text: "Satsa på utbildning.", kind: "resources" });
    const pdf = await callRoute(pdfRoute, management, { params: { id } });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    const bytes = Buffer.from(await pdf.response.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    const text = pdfText(bytes);
    expect(text).toContain("Ledningens genomgang 2026");
    expect(text).toContain(organization.name);
    expect(text).toContain("2026-01-01");
    expect(text).toMatch(/Sida 1/);
  });
});
