import { describe, expect, it } from "vitest";
import { GET as indicators } from "@/app/api/v1/indicators/route";
import { PATCH as reportObligation } from "@/app/api/v1/incidents/[id]/obligations/[kind]/route";
import { GET as getOne, PATCH as patchOne } from "@/app/api/v1/incidents/[id]/route";
import { GET as exportList } from "@/app/api/v1/incidents/export/route";
import { GET as list, POST as report } from "@/app/api/v1/incidents/route";
import { GET as trend } from "@/app/api/v1/incidents/trend/route";
import { GET as getSettings, PUT as putSettings } from "@/app/api/v1/settings/incidents/route";
import { createOrgWithRoles, createOrganization, createPrincipal } from "../../test/factories";
import { createTestRisk } from "../../test/risks-factories";
import { callRoute, tokenFor } from "../../test/http";

const body = (extra: Record<string, unknown> = {}) => ({
  title: "Phishing-mejl",
  description: "Jag klickade på en länk i ett mejl.",
  occurredAt: "2026-01-10T08:00:00Z",
  occurredApproximate: true,
  detectedAt: "2026-01-10T09:00:00.250Z",
  ...extra,
});

describe("incidents API", () => {
  it("files a reporter's report with a reference and an IMY obligation exactly 72 h after detection", async () => {
    const { reporter } = await createOrgWithRoles();
    const token = await tokenFor(reporter);
    const created = await callRoute(report, token, { method: "POST", body: body({ personalData: "yes" }) });
    expect(created.status).toBe(201);
    expect(created.json.reference).toMatch(/^INC-\d{4}-\d{4}$/);
    expect(created.json.obligations).toEqual([expect.objectContaining({ kind: "gdpr_imy", dueAt: "2026-01-13T09:00:00.250Z", reportedAt: null, reference: null })]);
    const invalid = await callRoute(report, token, { method: "POST", body: body({ personalData: "kanske", title: "" }) });
    expect(invalid.status).toBe(400);
    expect(Object.keys(invalid.json.error.fields).sort()).toEqual(["personalData", "title"]);
  });

  it("lists only a reporter's own incidents and answers their PATCH with 403", async () => {
    const { organization, reporter, ciso } = await createOrgWithRoles();
    const colleague = await createPrincipal(organization, "reporter");
    const token = await tokenFor(reporter);
    const mine = await callRoute(report, token, { method: "POST", body: body({ title: "Min" }) });
    await callRoute(report, await tokenFor(colleague), { method: "POST", body: body({ title: "Kollegans" }) });
    const own = await callRoute(list, token);
    expect(own.json).toMatchObject({ total: 1, page: 1, pageSize: 50, items: [{ title: "Min" }] });
    const forbidden = await callRoute(patchOne, token, { method: "PATCH", params: { id: mine.json.id }, body: { severity: 1, version: 1 } });
    expect(forbidden.status).toBe(403);
    expect((await callRoute(list, await tokenFor(ciso))).json.total).toBe(2);
    const stranger = await createPrincipal(await createOrganization("Annan"), "ciso");
    expect((await callRoute(getOne, await tokenFor(stranger), { params: { id: mine.json.id } })).status).toBe(404);
  });

  it("marks foreseen incidents and counts exactly those in incidents.foreseen_share", async () => {
    const { organization, reporter, ciso } = await createOrgWithRoles();
    const [reporterToken, cisoToken] = await Promise.all([tokenFor(reporter), tokenFor(ciso)]);
    const before = await createTestRisk(ciso, { identifiedAt: new Date("2025-12-01") });
    const after = await createTestRisk(ciso, { identifiedAt: new Date("2026-01-20") });
    const ids: string[] = [];
    for (const title of ["Förutsedd", "Senare", "Utan"]) ids.push((await callRoute(report, reporterToken, { method: "POST", body: body({ title }) })).json.id);
    await callRoute(patchOne, cisoToken, { method: "PATCH", params: { id: ids[0] }, body: { riskIds: [before.id], version: 1 } });
    await callRoute(patchOne, cisoToken, { method: "PATCH", params: { id: ids[1] }, body: { riskIds: [after.id], version: 1 } });
    const foreseen = await Promise.all(ids.map(async (id) => (await callRoute(getOne, cisoToken, { params: { id } })).json.foreseen));
    expect(foreseen).toEqual([true, false, false]);
    const result = await callRoute(indicators, cisoToken, { path: "/api/v1/indicators?perspective=incidenthantering&from=2025-01-01&to=2026-06-01" });
    expect(result.json.items.find((i: { key: string }) => i.key === "incidents.foreseen_share")).toMatchObject({ numerator: 1, denominator: 3 });
    const unforeseen = await callRoute(list, cisoToken, { path: "/api/v1/incidents?foreseen=false" });
    expect(unforeseen.json.total).toBe(2);
  });

  it("records a report to IMY, exports and draws the trend", async () => {
    const { reporter, ciso } = await createOrgWithRoles();
    const token = await tokenFor(ciso);
    const created = await callRoute(report, await tokenFor(reporter), { method: "POST", body: body({ personalData: "yes", categories: ["attack"] }) });
    const params = { id: created.json.id, kind: "gdpr_imy" };
    const reported = await callRoute(reportObligation, token, { method: "PATCH", params, body: { reportedAt: "2026-01-12T08:00:00Z", reference: "IMY-1", version: 1 } });
    expect(reported.json.obligations[0]).toMatchObject({ status: "reported", reference: "IMY-1" });
    const missingVersion = await callRoute(reportObligation, token, { method: "PATCH", params, body: { reportedAt: null } });
    expect(missingVersion.json.error.fields).toHaveProperty("version");
    const csv = await callRoute(exportList, token, { path: "/api/v1/incidents/export?format=csv&category=attack" });
    expect(csv.headers.get("content-disposition")).toMatch(/incidenter-.*\.csv/);
    expect(await csv.response.text()).toContain(created.json.reference);
    const months = await callRoute(trend, token, { path: "/api/v1/incidents/trend?months=6" });
    expect(months.json.months).toHaveLength(6);
  });

  it("lets admin put settings and ciso read them", async () => {
    const { admin, ciso } = await createOrgWithRoles();
    const put = await callRoute(putSettings, await tokenFor(admin), { method: "PUT", path: "/api/v1/settings/incidents", body: { nis2Covered: true, msbfsAgency: true, version: 1 } });
    expect(put.json).toMatchObject({ nis2Covered: true, msbfsAgency: true, categories: expect.any(Array) });
    expect((await callRoute(getSettings, await tokenFor(ciso), { path: "/api/v1/settings/incidents" })).json.nis2Covered).toBe(true);
    expect((await callRoute(putSettings, await tokenFor(ciso), { method: "PUT", path: "/api/v1/settings/incidents", body: {} })).status).toBe(403);
  });
});
