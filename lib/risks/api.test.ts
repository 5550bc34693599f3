import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET as listActions, POST as createAction } from "@/app/api/v1/actions/route";
import { GET as getAnalysis } from "@/app/api/v1/risk-analyses/[id]/route";
import { POST as createAnalysis } from "@/app/api/v1/risk-analyses/route";
import { POST as accept } from "@/app/api/v1/risks/[id]/accept/route";
import { GET as history } from "@/app/api/v1/risks/[id]/history/route";
import { PATCH as patchRisk } from "@/app/api/v1/risks/[id]/route";
import { GET as exportRisks } from "@/app/api/v1/risks/export/route";
import { GET as heatmap } from "@/app/api/v1/risks/heatmap/route";
import { GET as listRisks, POST as createRisk } from "@/app/api/v1/risks/route";
import { GET as trend } from "@/app/api/v1/risks/trend/route";
import { GET as getSettings, PUT as putSettings } from "@/app/api/v1/settings/risk/route";
import { createOrgWithRoles } from "../../test/factories";
import type { Principal } from "../authz/roles";
import { db } from "../db/client";
import { issueToken } from "../tokens/service";

type Route = (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function tokenFor(principal: Principal) {
  return (await db.$transaction((tx) => issueToken(tx, { userId: principal.userId, organizationId: principal.organizationId, name: "test" }))).token;
}

async function call(route: Route, token: string, init: { method?: string; path?: string; body?: unknown; params?: Record<string, string> } = {}) {
  const request = new NextRequest(`http://localhost${init.path ?? "/api/v1/risks"}`, {
    method: init.method ?? "GET",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
  const response = await route(request, { params: Promise.resolve(init.params ?? {}) });
  const type = response.headers.get("content-type") ?? "";
  return { status: response.status, json: type.includes("json") ? await response.json() : null, response };
}

describe("risks API", () => {
  it("meets the issue's API checks", async () => {
    const { ciso, management, reporter } = await createOrgWithRoles();
    const [cisoToken, managementToken, reporterToken] = await Promise.all([tokenFor(ciso), tokenFor(management), tokenFor(reporter)]);

    const created = await call(createRisk, cisoToken, { method: "POST", body: { title: "Intrång via VPN", likelihood: 3, consequence: 4 } });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ level: 12, band: "high", status: "open", version: 1 });
    const id = created.json.id as string;

    const five = await call(createRisk, cisoToken, { method: "POST", body: { title: "X", likelihood: 5, consequence: 1 } });
    expect(five.status).toBe(400);
    expect(Object.keys(five.json.error.fields)).toEqual(["likelihood"]);

    const noDecision = await call(patchRisk, cisoToken, { method: "PATCH", params: { id }, body: { treatment: "accept", version: 1 } });
    expect(noDecision.status).toBe(400);
    expect(noDecision.json.error.fields).toHaveProperty(["acceptance.motivation"]);

    const byCiso = await call(accept, cisoToken, { method: "POST", params: { id }, body: { motivation: "För dyrt att åtgärda", version: 1 } });
    expect(byCiso.status).toBe(403);
    expect(byCiso.json.error.message).toBe("Endast ledningen får acceptera risker på nivån hög.");
    const byManagement = await call(accept, managementToken, { method: "POST", params: { id }, body: { motivation: "För dyrt att åtgärda", version: 1 } });
    expect(byManagement.status).toBe(200);
    expect(byManagement.json).toMatchObject({ status: "accepted", acceptance: { decidedById: management.userId, motivation: "För dyrt att åtgärda" } });

    const action = await call(createAction, cisoToken, {
      method: "POST",
      path: "/api/v1/actions",
      body: { title: "Byt VPN-lösning", dueAt: "2020-01-01", source: { type: "risk", id } },
    });
    expect(action.status).toBe(201);
    const overdue = await call(listActions, cisoToken, { path: "/api/v1/actions?overdue=true" });
    expect(overdue.json.items.map((item: { id: string }) => item.id)).toContain(action.json.id);
    const ofRisk = await call(listActions, cisoToken, { path: `/api/v1/actions?source=risk:${id}` });
    expect(ofRisk.json.total).toBe(1);

    expect((await call(listRisks, reporterToken)).status).toBe(403);
    const listed = await call(listRisks, managementToken, { path: "/api/v1/risks?band=high&likelihood=3&consequence=4" });
    expect(listed.json).toMatchObject({ total: 1, page: 1, pageSize: 50, items: [{ id, actionsOverdue: 1 }] });
    expect((await call(history, managementToken, { params: { id } })).json.items).toHaveLength(2);
  });

  it("serves the heat map, trend, export, settings and analyses", async () => {
    const { ciso, management } = await createOrgWithRoles();
    const [cisoToken, managementToken] = await Promise.all([tokenFor(ciso), tokenFor(management)]);
    const analysis = await call(createAnalysis, cisoToken, { method: "POST", path: "/api/v1/risk-analyses", body: { title: "Riskanalys", participants: ["A"], status: "ongoing" } });
    expect(analysis.status).toBe(201);
    await call(createRisk, cisoToken, { method: "POST", body: { title: "R", likelihood: 2, consequence: 2, analysisId: analysis.json.id } });
    const map = await call(heatmap, managementToken, { path: `/api/v1/risks/heatmap?residual=false&analysisId=${analysis.json.id}` });
    expect(map.json.counts[1][1]).toBe(1);
    expect((await call(trend, managementToken, { path: "/api/v1/risks/trend?months=3" })).json.items).toHaveLength(3);
    const csv = await call(exportRisks, managementToken, { path: "/api/v1/risks/export?format=csv" });
    expect(csv.status).toBe(200);
    expect(await csv.response.text()).toContain("Riskklass");
    expect((await call(getAnalysis, managementToken, { params: { id: analysis.json.id } })).json.summary.riskCount).toBe(1);
    expect((await call(getSettings, managementToken, { path: "/api/v1/settings/risk" })).json.bands).toEqual({ low: 2, medium: 6, high: 12 });
    expect((await call(putSettings, managementToken, { method: "PUT", path: "/api/v1/settings/risk", body: {} })).status).toBe(403);
    const bad = await call(putSettings, cisoToken, { method: "PUT", path: "/api/v1/settings/risk", body: { bands: { low: 6, medium: 3, high: 12 } } });
    expect(bad.status).toBe(400);
    expect(bad.json.error.fields).toHaveProperty(["bands.medium"]);
  });
});
