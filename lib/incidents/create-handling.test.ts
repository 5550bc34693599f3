import { describe, expect, it } from "vitest";
import { GET as getOne } from "@/app/api/v1/incidents/[id]/route";
import { GET as list, POST as report } from "@/app/api/v1/incidents/route";
import { createOrgWithRoles, createOrganization, createPrincipal } from "../../test/factories";
import { createTestRisk } from "../../test/risks-factories";
import { callRoute, tokenFor } from "../../test/http";
import { db } from "../db/client";

const body = (extra: Record<string, unknown> = {}) => ({
  title: "Intrång i e-tjänst",
  description: "Okänd inloggning i e-tjänsten för bygglov.",
  occurredAt: "2026-01-10T08:00:00Z",
  detectedAt: "2026-01-10T09:00:00Z",
  ...extra,
});

describe("POST /api/v1/incidents with handling fields", () => {
  it("answers an unknown field with 400 naming it, filing nothing", async () => {
    const { organization, ciso } = await createOrgWithRoles();
    const answer = await callRoute(report, await tokenFor(ciso), { method: "POST", body: body({ riskLinks: ["x"], impact: { confidentiality: true } }) });
    expect(answer.status).toBe(400);
    expect(answer.json.error.fields).toEqual({ riskLinks: ["Okänt fält."], impact: ["Okänt fält."] });
    expect(await db.incident.count({ where: { organizationId: organization.id } })).toBe(0);
  });

  it("lets a handler link a risk identified before the incident: 201 and foreseen, on GET and in the list too", async () => {
    const { organization, ciso, admin } = await createOrgWithRoles();
    const token = await tokenFor(ciso);
    const risk = await createTestRisk(ciso, { identifiedAt: new Date("2025-12-01") });
    const handling = { riskIds: [risk.id], severity: 3, handlerId: admin.userId, status: "triaged", categories: ["attack"] };
    const created = await callRoute(report, token, { method: "POST", body: body(handling) });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ ...handling, foreseen: true, reporterId: ciso.userId, version: 1 });
    expect((await callRoute(getOne, token, { params: { id: created.json.id } })).json).toMatchObject({ riskIds: [risk.id], foreseen: true, severity: 3 });
    expect((await callRoute(list, token, { path: "/api/v1/incidents?foreseen=true" })).json.items.map((i: { id: string }) => i.id)).toEqual([created.json.id]);
    const audit = await db.auditEvent.findMany({ where: { entityId: created.json.id } });
    expect(audit.map((event) => event.action)).toEqual(["create"]);
  });

  it("applies the handling update's rules: references in the organisation and one status step from reported", async () => {
    const { organization, ciso } = await createOrgWithRoles();
    const token = await tokenFor(ciso);
    const stranger = await createOrganization("Annan");
    const foreignRisk = await createTestRisk(await createPrincipal(stranger, "ciso"), { identifiedAt: new Date("2025-12-01") });
    const foreign = await callRoute(report, token, { method: "POST", body: body({ riskIds: [foreignRisk.id], handlerId: foreignRisk.id }) });
    expect(foreign.status).toBe(400);
    expect(Object.keys(foreign.json.error.fields).sort()).toEqual(["handlerId", "riskIds"]);
    const skipped = await callRoute(report, token, { method: "POST", body: body({ status: "investigating" }) });
    expect(skipped.status).toBe(400);
    expect(skipped.json.error.fields).toHaveProperty("status");
    expect((await callRoute(report, token, { method: "POST", body: body({ severity: 5 }) })).json.error.fields).toHaveProperty("severity");
    expect(await db.incident.count({ where: { organizationId: organization.id } })).toBe(0);
  });

  it("answers a reporter who sends handling fields with 403 naming them, filing nothing", async () => {
    const { organization, reporter, ciso } = await createOrgWithRoles();
    const risk = await createTestRisk(ciso, { identifiedAt: new Date("2025-12-01") });
    const answer = await callRoute(report, await tokenFor(reporter), { method: "POST", body: body({ riskIds: [risk.id], severity: 2 }) });
    expect(answer.status).toBe(403);
    expect(answer.json.error).toMatchObject({ code: "forbidden", fields: { riskIds: [expect.any(String)], severity: [expect.any(String)] } });
    expect(await db.incident.count({ where: { organizationId: organization.id } })).toBe(0);
    // The report form's own fields (categories included) stay open to everyone.
    expect((await callRoute(report, await tokenFor(reporter), { method: "POST", body: body({ categories: ["attack"] }) })).status).toBe(201);
  });
});
