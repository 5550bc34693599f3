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
import { createOrganization, createOrgUnit, createOrgWithRoles } from "../../test/factories";
import { db } from "../db/client";
import { callRoute, tokenFor } from "../../test/http";

describe("risks API", () => {
  it("meets the issue's API checks", async () => {
    const { ciso, management, reporter } = await createOrgWithRoles();
    const [cisoToken, managementToken, reporterToken] = await Promise.all([tokenFor(ciso), tokenFor(management), tokenFor(reporter)]);

    const created = await callRoute(createRisk, cisoToken, { method: "POST", body: { title: "Intrång via VPN", likelihood: 3, consequence: 4 } });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ level: 12, band: "high", status: "open", version: 1 });
    const id = created.json.id as string;

    const five = await callRoute(createRisk, cisoToken, { method: "POST", body: { title: "X", likelihood: 5, consequence: 1 } });
    expect(five.status).toBe(400);
    expect(Object.keys(five.json.error.fields)).toEqual(["likelihood"]);

    const noDecision = await callRoute(patchRisk, cisoToken, { method: "PATCH", params: { id }, body: { treatment: "accept", version: 1 } });
    expect(noDecision.status).toBe(400);
    expect(noDecision.json.error.fields).toHaveProperty(["acceptance.motivation"]);

    const byCiso = await callRoute(accept, cisoToken, { method: "POST", params: { id }, body: { motivation: "För dyrt att åtgärda", version: 1 } });
    expect(byCiso.status).toBe(403);
    expect(byCiso.json.error.message).toBe("Endast ledningen får acceptera risker på nivån hög.");
    const byManagement = await callRoute(accept, managementToken, { method: "POST", params: { id }, body: { motivation: "För dyrt att åtgärda", version: 1 } });
    expect(byManagement.status).toBe(200);
    expect(byManagement.json).toMatchObject({ status: "accepted", acceptance: { decidedById: management.userId, motivation: "För dyrt att åtgärda" } });

    const action = await callRoute(createAction, cisoToken, {
      method: "POST",
      path: "/api/v1/actions",
      body: { title: "Byt VPN-lösning", dueAt: "2020-01-01", source: { type: "risk", id } },
    });
    expect(action.status).toBe(201);
    const overdue = await callRoute(listActions, cisoToken, { path: "/api/v1/actions?overdue=true" });
    expect(overdue.json.items.map((item: { id: string }) => item.id)).toContain(action.json.id);
    const ofRisk = await callRoute(listActions, cisoToken, { path: `/api/v1/actions?source=risk:${id}` });
    expect(ofRisk.json.total).toBe(1);

    expect((await callRoute(listRisks, reporterToken)).status).toBe(403);
    const listed = await callRoute(listRisks, managementToken, { path: "/api/v1/risks?band=high&likelihood=3&consequence=4" });
    expect(listed.json).toMatchObject({ total: 1, page: 1, pageSize: 50, items: [{ id, actionsOverdue: 1 }] });
    expect((await callRoute(history, managementToken, { params: { id } })).json.items).toHaveLength(2);
  });

  it("serves the heat map, trend, export, settings and analyses", async () => {
    const { admin, ciso, management } = await createOrgWithRoles();
    const [adminToken, cisoToken, managementToken] = await Promise.all([tokenFor(admin), tokenFor(ciso), tokenFor(management)]);
    const analysis = await callRoute(createAnalysis, cisoToken, { method: "POST", path: "/api/v1/risk-analyses", body: { title: "Riskanalys", participants: ["A"], status: "ongoing" } });
    expect(analysis.status).toBe(201);
    await callRoute(createRisk, cisoToken, { method: "POST", body: { title: "R", likelihood: 2, consequence: 2, analysisId: analysis.json.id } });
    const map = await callRoute(heatmap, managementToken, { path: `/api/v1/risks/heatmap?residual=false&analysisId=${analysis.json.id}` });
    expect(map.json.counts[1][1]).toBe(1);
    expect((await callRoute(trend, managementToken, { path: "/api/v1/risks/trend?months=3" })).json.items).toHaveLength(3);
    const csv = await callRoute(exportRisks, managementToken, { path: "/api/v1/risks/export?format=csv" });
    expect(csv.status).toBe(200);
    expect(await csv.response.text()).toContain("Riskklass");
    expect((await callRoute(getAnalysis, managementToken, { params: { id: analysis.json.id } })).json.summary.riskCount).toBe(1);
    expect((await callRoute(getSettings, managementToken, { path: "/api/v1/settings/risk" })).json.bands).toEqual({ low: 2, medium: 6, high: 12 });
    expect((await callRoute(putSettings, managementToken, { method: "PUT", path: "/api/v1/settings/risk", body: {} })).status).toBe(403);
    const bad = await callRoute(putSettings, adminToken, { method: "PUT", path: "/api/v1/settings/risk", body: { bands: { low: 6, medium: 3, high: 12 }, version: 1 } });
    expect(bad.status).toBe(400);
    expect(bad.json.error.fields).toHaveProperty(["bands.medium"]);
  });

  it("authorises before it checks references: an information owner naming another organisation's asset gets 403", async () => {
    const { informationOwner } = await createOrgWithRoles();
    const foreign = await createOrganization("Grannkommunen");
    const asset = await db.asset.create({ data: { organizationId: foreign.id, name: "Annans system", orgUnitId: (await createOrgUnit(foreign.id)).id } });
    const ownerToken = await tokenFor(informationOwner);
    const proposed = await callRoute(createRisk, ownerToken, { method: "POST", body: { title: "R", likelihood: 2, consequence: 2, assetIds: [asset.id] } });
    expect(proposed.status).toBe(403);
    expect(await db.risk.count({ where: { organizationId: informationOwner.organizationId } })).toBe(0);
  });
});
