import { describe, expect, it } from "vitest";
import { POST as draftRoute } from "@/app/api/v1/incidents/[id]/draft-risk/route";
import { POST as createRiskRoute } from "@/app/api/v1/risks/route";
import { createOrgWithRoles } from "../../test/factories";
import { createTestAsset } from "../../test/assets-factories";
import { createTestIncident } from "../../test/incidents-factories";
import { createTestRisk } from "../../test/risks-factories";
import { callRoute, tokenFor } from "../../test/http";
import { db } from "../db/client";
import { stockholmDay } from "../dates";
import { draftRiskFromIncident } from "./draft-risk";
import { incidentUpdateSchema } from "./schema";
import { updateIncident } from "./service";

describe("drafting a risk from an unforeseen incident", () => {
  it("creates a risk from the incident, links it and keeps the incident unforeseen", async () => {
    const { organization, reporter, ciso } = await createOrgWithRoles();
    const asset = await createTestAsset(ciso, { name: "Lönesystem" });
    const today = new Date().toISOString();
    const incident = await createTestIncident(reporter, { title: "Obehörig inloggning", assetIds: [asset.id], occurredAt: today, detectedAt: today });
    await updateIncident(ciso, incident.id, incidentUpdateSchema.parse({ severity: 4, impact: { confidentiality: true }, version: 1 }));
    const { risk, incident: linked } = await draftRiskFromIncident(ciso, incident.id);
    expect(risk).toMatchObject({
      title: "Obehörig inloggning",
      assetIds: [asset.id],
      identifiedAt: stockholmDay(new Date()),
      likelihood: 2,
      consequence: 4,
      source: { type: "incident", id: incident.id },
    });
    expect(risk.consequenceText).toContain("konfidentialitet");
    expect(linked.riskIds).toEqual([risk.id]);
    expect(linked.foreseen).toBe(false);
    expect(linked.version).toBe(3);
    const again = await draftRiskFromIncident(ciso, incident.id);
    expect(again).toMatchObject({ created: false, risk: { id: risk.id }, incident: { riskIds: [risk.id], version: 3 } });
  });

  it("makes exactly one risk from 20 parallel drafts, in the same transaction as the link", async () => {
    const { reporter, ciso } = await createOrgWithRoles();
    const incident = await createTestIncident(reporter);
    const token = await tokenFor(ciso);
    const path = `/api/v1/incidents/${incident.id}/draft-risk`;
    const answers = await Promise.all(Array.from({ length: 20 }, () => callRoute(draftRoute, token, { method: "POST", path, params: { id: incident.id } })));
    expect(answers.filter((answer) => answer.status === 201)).toHaveLength(1);
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(19);
    expect(new Set(answers.map((answer) => answer.json.risk.id)).size).toBe(1);
    const risks = await db.risk.findMany({ where: { sourceType: "incident", sourceId: incident.id } });
    expect(risks).toHaveLength(1);
    expect(await db.incidentRisk.count({ where: { incidentId: incident.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { entityId: risks[0].id, action: "create" } })).toBe(1);
  });

  it("refuses a second risk with the same source even outside the draft", async () => {
    const { reporter, ciso } = await createOrgWithRoles();
    const incident = await createTestIncident(reporter);
    await draftRiskFromIncident(ciso, incident.id);
    const copy = await callRoute(createRiskRoute, await tokenFor(ciso), {
      method: "POST",
      path: "/api/v1/risks",
      body: { title: "Kopia", likelihood: 2, consequence: 2, source: { type: "incident", id: incident.id } },
    });
    expect(copy.status).toBe(409);
    expect(await db.risk.count({ where: { sourceType: "incident", sourceId: incident.id } })).toBe(1);
  });

  it("refuses foreseen incidents, reporters and other organisations", async () => {
    const { organization, reporter, ciso } = await createOrgWithRoles();
    const other = await createOrgWithRoles();
    const earlier = await createTestRisk(ciso, { identifiedAt: new Date("2025-01-01") });
    const incident = await createTestIncident(reporter);
    await expect(draftRiskFromIncident(reporter, incident.id)).rejects.toMatchObject({ status: 403 });
    await expect(draftRiskFromIncident(other.ciso, incident.id)).rejects.toMatchObject({ status: 404 });
    await updateIncident(ciso, incident.id, incidentUpdateSchema.parse({ riskIds: [earlier.id], version: 1 }));
    await expect(draftRiskFromIncident(ciso, incident.id)).rejects.toMatchObject({ status: 400 });
  });
});
