import { describe, expect, it } from "vitest";
import * as incidentRoute from "@/app/api/v1/incidents/[id]/route";
import * as incidentsRoute from "@/app/api/v1/incidents/route";
import { createOrgWithRoles, createPrincipal } from "../../test/factories";
import { callRoute } from "../../test/http";
import { createTestAsset } from "../../test/assets-factories";
import { createTestIncident } from "../../test/incidents-factories";
import { createTestRisk } from "../../test/risks-factories";
import { db } from "../db/client";
import { draftedRisk } from "./page-data";

/** An incident on an information owner's asset, linked to a risk of theirs and to one of a colleague's. */
async function setup() {
  const roles = await createOrgWithRoles();
  const colleague = await createPrincipal(roles.organization, "information_owner", "Kollega");
  const orgId = roles.organization.id;
  const mine = await createTestAsset(roles.ciso, { ownerId: roles.informationOwner.userId, name: "Min tillgång" });
  const theirs = await createTestAsset(roles.ciso, { ownerId: colleague.userId, name: "Kollegans tillgång" });
  const ownRisk = await createTestRisk(roles.ciso, { identifiedAt: new Date("2025-06-01"), title: "Risk på min tillgång" });
  const hiddenRisk = await createTestRisk(roles.ciso, { identifiedAt: new Date("2025-06-01"), title: "Hemlig sårbarhet i brandväggen" });
  await db.riskAsset.createMany({ data: [{ riskId: ownRisk.id, assetId: mine.id }, { riskId: hiddenRisk.id, assetId: theirs.id }] });
  const incident = await createTestIncident(roles.reporter, { assetIds: [mine.id] });
  await db.incidentRisk.createMany({ data: [{ incidentId: incident.id, riskId: ownRisk.id }, { incidentId: incident.id, riskId: hiddenRisk.id }] });
  return { ...roles, incident, ownRisk, hiddenRisk };
}

describe("linked risks on an incident", () => {
  it("show an information owner only the risks they may read, and count the rest without a title", async () => {
    const { informationOwner, ciso, incident, ownRisk, hiddenRisk } = await setup();
    const path = `/api/v1/incidents/${incident.id}`;
    const own = await callRoute(incidentRoute.GET, informationOwner, { path, params: { id: incident.id } });
    expect(own.status).toBe(200);
    expect(own.json).toMatchObject({ riskIds: [ownRisk.id], risks: [{ id: ownRisk.id, title: ownRisk.title }], hiddenRiskCount: 1 });
    expect(JSON.stringify(own.json)).not.toContain(hiddenRisk.title);
    expect(JSON.stringify(own.json)).not.toContain(hiddenRisk.id);
    const list = await callRoute(incidentsRoute.GET, informationOwner, { path: "/api/v1/incidents" });
    expect(JSON.stringify(list.json)).not.toContain(hiddenRisk.title);

    const all = await callRoute(incidentRoute.GET, ciso, { path, params: { id: incident.id } });
    expect(all.json.risks.map((risk: { title: string }) => risk.title).sort()).toEqual([hiddenRisk.title, ownRisk.title].sort());
    expect(all.json.hiddenRiskCount).toBe(0);
  });

  it("tell a role without the risk register nothing of the links", async () => {
    const { reporter, incident } = await setup();
    const answer = await callRoute(incidentRoute.GET, reporter, { path: `/api/v1/incidents/${incident.id}`, params: { id: incident.id } });
    expect(answer.json).toMatchObject({ riskIds: [], risks: [], hiddenRiskCount: 0 });
  });

  it("name the drafted risk only to those who may read it", async () => {
    const { informationOwner, ciso, incident, organization } = await setup();
    const drafted = await createTestRisk(ciso, { identifiedAt: new Date("2026-01-11"), title: "Utkast från incidenten", source: { type: "incident", id: incident.id } });
    expect(await draftedRisk(ciso, incident.id)).toEqual({ id: drafted.id, title: drafted.title });
    expect(await draftedRisk(informationOwner, incident.id)).toBeNull();
  });
});
