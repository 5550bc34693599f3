import { describe, expect, it } from "vitest";
import { createOrgWithRoles } from "../../test/factories";
import { createTestAsset, createTestRisk, fileReport } from "../../test/incidents-factories";
import { stockholmDay } from "./dates";
import { draftRiskFromIncident } from "./draft-risk";
import { incidentUpdateSchema } from "./schema";
import { updateIncident } from "./service";

describe("drafting a risk from an unforeseen incident", () => {
  it("creates a risk from the incident, links it and keeps the incident unforeseen", async () => {
    const { organization, reporter, ciso } = await createOrgWithRoles();
    const asset = await createTestAsset(organization.id, { name: "Lönesystem" });
    const today = new Date().toISOString();
    const incident = await fileReport(reporter, { title: "Obehörig inloggning", assetIds: [asset.id], occurredAt: today, detectedAt: today });
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
    await expect(draftRiskFromIncident(ciso, incident.id)).rejects.toMatchObject({ status: 409 });
  });

  it("refuses foreseen incidents, reporters and other organisations", async () => {
    const { organization, reporter, ciso } = await createOrgWithRoles();
    const other = await createOrgWithRoles();
    const earlier = await createTestRisk(organization.id, "2025-01-01");
    const incident = await fileReport(reporter);
    await expect(draftRiskFromIncident(reporter, incident.id)).rejects.toMatchObject({ status: 403 });
    await expect(draftRiskFromIncident(other.ciso, incident.id)).rejects.toMatchObject({ status: 404 });
    await updateIncident(ciso, incident.id, incidentUpdateSchema.parse({ riskIds: [earlier.id], version: 1 }));
    await expect(draftRiskFromIncident(ciso, incident.id)).rejects.toMatchObject({ status: 400 });
  });
});
