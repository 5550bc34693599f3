import { describe, expect, it } from "vitest";
import { GET as getOne } from "@/app/api/v1/maturity-assessments/[id]/route";
import { POST as toAction } from "@/app/api/v1/maturity-assessments/[id]/proposals/[proposalId]/action/route";
import { GET as list, POST as create } from "@/app/api/v1/maturity-assessments/route";
import { GET as model } from "@/app/api/v1/maturity-model/route";
import { GET as getTargets, PUT as putTargets } from "@/app/api/v1/settings/maturity/route";
import { assessmentBody } from "../../test/maturity-factories";
import { createOrgWithRoles } from "../../test/factories";
import { callRoute, tokenFor } from "../../test/http";

describe("maturity API", () => {
  it("creates a session with six entries and a proposal (201) and reads it back exactly", async () => {
    const { ciso, auditor } = await createOrgWithRoles();
    const token = await tokenFor(ciso);
    const body = assessmentBody();
    const created = await callRoute(create, token, { method: "POST", body });
    expect(created.status).toBe(201);
    const read = await callRoute(getOne, await tokenFor(auditor), { params: { id: created.json.id } });
    expect(read.status).toBe(200);
    expect(read.json).toEqual(created.json);
    expect(read.json).toMatchObject({ ...body, proposals: [{ ...body.proposals[0], id: expect.any(String), position: 0, actionId: null }] });
  });

  it("answers 400 naming the field for level 5 and an unknown perspective", async () => {
    const { ciso } = await createOrgWithRoles();
    const token = await tokenFor(ciso);
    const body = assessmentBody();
    const level5 = await callRoute(create, token, { method: "POST", body: { ...body, entries: [{ ...body.entries[0], level: 5 }] } });
    expect(level5.status).toBe(400);
    expect(level5.json.error.fields).toHaveProperty(["entries.0.level"]);
    const unknown = await callRoute(create, token, { method: "POST", body: { ...body, entries: [{ ...body.entries[0], perspective: "ekonomi" }] } });
    expect(unknown.status).toBe(400);
    expect(unknown.json.error.fields).toHaveProperty(["entries.0.perspective"]);
  });

  it("orders sessions newest first with sort=heldAt:desc", async () => {
    const { ciso } = await createOrgWithRoles();
    const token = await tokenFor(ciso);
    for (const heldAt of ["2024-05-01", "2025-05-01", "2023-05-01"]) await callRoute(create, token, { method: "POST", body: assessmentBody({ title: heldAt, heldAt }) });
    const result = await callRoute(list, token, { path: "/api/v1/maturity-assessments?sort=heldAt:desc" });
    expect(result.json.items.map((item: { title: string }) => item.title)).toEqual(["2025-05-01", "2024-05-01", "2023-05-01"]);
  });

  it("gives a reporter 403 and turns a proposal into an action once (201, then 200)", async () => {
    const { ciso, reporter } = await createOrgWithRoles();
    const token = await tokenFor(ciso);
    const reporterToken = await tokenFor(reporter);
    expect((await callRoute(list, reporterToken)).status).toBe(403);
    expect((await callRoute(create, reporterToken, { method: "POST", body: assessmentBody() })).status).toBe(403);
    expect((await callRoute(getTargets, reporterToken)).status).toBe(403);
    const session = (await callRoute(create, token, { method: "POST", body: assessmentBody() })).json;
    const params = { id: session.id, proposalId: session.proposals[0].id };
    const first = await callRoute(toAction, token, { method: "POST", body: {}, params });
    expect(first.status).toBe(201);
    expect(first.json.action.source).toEqual({ type: "maturity", id: session.id, title: session.title });
    const second = await callRoute(toAction, token, { method: "POST", body: {}, params });
    expect(second.status).toBe(200);
    expect(second.json.action.id).toBe(first.json.action.id);
  });

  it("serves MSB's model with attribution and stores targets", async () => {
    const { ciso, reporter } = await createOrgWithRoles();
    const msb = await callRoute(model, await tokenFor(reporter), { path: "/api/v1/maturity-model" });
    expect(msb.status).toBe(200);
    expect(msb.json.attribution).toContain("MSB");
    expect(msb.json.perspectives).toHaveLength(6);
    expect(msb.json.perspectives[0].levels[0].aspects.arbetssatt.length).toBeGreaterThan(0);
    const token = await tokenFor(ciso);
    const { status, json } = await callRoute(putTargets, token, { method: "PUT", path: "/api/v1/settings/maturity", body: { targets: { riskhantering: 3 }, version: 1 } });
    expect({ status, json }).toEqual({ status: 200, json: { targets: { riskhantering: 3 }, version: 2 } });
    const bad = await callRoute(putTargets, token, { method: "PUT", path: "/api/v1/settings/maturity", body: { targets: { riskhantering: 5 }, version: 2 } });
    expect(bad.json.error.fields).toHaveProperty(["targets.riskhantering"]);
  });
});
