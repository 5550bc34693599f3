import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { createOrgWithRoles } from "../../test/factories";
import { createTestIncident } from "../../test/incidents-factories";
import { createTestRisk } from "../../test/risks-factories";
import { foreseenIncidentIds } from "./foreseen";
import { incidentIndicators } from "./indicators";
import { getIncident, listIncidents } from "./queries";
import { incidentListQuerySchema, incidentUpdateSchema } from "./schema";
import { updateIncident } from "./service";

const patch = (input: Record<string, unknown>) => incidentUpdateSchema.parse(input);
const window = { from: new Date("2024-06-01T00:00:00Z"), to: new Date("2026-06-01T00:00:00Z") };

async function threeIncidents() {
  const { organization, reporter, ciso } = await createOrgWithRoles();
  const before = await createTestRisk(ciso, { identifiedAt: new Date("2025-11-01"), title: "Stöld av dator" });
  const sameDay = await createTestRisk(ciso, { identifiedAt: new Date("2026-01-10") });
  const after = await createTestRisk(ciso, { identifiedAt: new Date("2026-02-01"), title: "Senare risk" });
  const foreseen = await createTestIncident(reporter, { title: "Förutsedd" });
  const late = await createTestIncident(reporter, { title: "Bara senare risk" });
  const unlinked = await createTestIncident(reporter, { title: "Utan risk" });
  await updateIncident(ciso, foreseen.id, patch({ riskIds: [before.id, after.id], version: 1 }));
  await updateIncident(ciso, late.id, patch({ riskIds: [after.id], version: 1 }));
  return { organization, reporter, ciso, foreseen, late, unlinked, sameDay };
}

describe("foreseen incidents", () => {
  it("is true with a risk identified before it occurred, false with only a later one or none", async () => {
    const { ciso, foreseen, late, unlinked } = await threeIncidents();
    expect((await getIncident(ciso, foreseen.id)).foreseen).toBe(true);
    expect((await getIncident(ciso, late.id)).foreseen).toBe(false);
    expect((await getIncident(ciso, unlinked.id)).foreseen).toBe(false);
  });

  it("counts exactly those in incidents.foreseen_share and filters the list the same way", async () => {
    const { organization, ciso } = await threeIncidents();
    const indicators = await incidentIndicators.compute(organization.id, window);
    expect(indicators.find((i) => i.key === "incidents.foreseen_share")).toMatchObject({ numerator: 1, denominator: 3, value: 1 / 3 });
    const yes = await listIncidents(ciso, incidentListQuerySchema.parse({ foreseen: "true" }));
    const no = await listIncidents(ciso, incidentListQuerySchema.parse({ foreseen: "false", sort: "reference:asc" }));
    expect(yes.items.map((i) => i.title)).toEqual(["Förutsedd"]);
    expect(no.items.map((i) => i.title)).toEqual(["Bara senare risk", "Utan risk"]);
  });

  it("agrees with the pure rule on the Swedish day boundary and on same-day risks", async () => {
    const { organization, reporter, ciso, sameDay } = await threeIncidents();
    // 23:30 UTC on 9 January is 00:30 on 10 January in Stockholm: the risk of 10 January foresaw it.
    const midnight = await createTestIncident(reporter, { occurredAt: "2026-01-09T23:30:00Z", detectedAt: "2026-01-10T06:00:00Z" });
    const early = await createTestIncident(reporter, { occurredAt: "2026-01-09T22:30:00Z", detectedAt: "2026-01-10T06:00:00Z" });
    await updateIncident(ciso, midnight.id, patch({ riskIds: [sameDay.id], version: 1 }));
    await updateIncident(ciso, early.id, patch({ riskIds: [sameDay.id], version: 1 }));
    const ids = await foreseenIncidentIds(db, organization.id);
    expect((await getIncident(ciso, midnight.id)).foreseen).toBe(true);
    expect(ids).toContain(midnight.id);
    expect((await getIncident(ciso, early.id)).foreseen).toBe(false);
    expect(ids).not.toContain(early.id);
  });

  it("does not count a risk drafted from the incident itself", async () => {
    const { organization, reporter, ciso } = await createOrgWithRoles();
    const incident = await createTestIncident(reporter);
    const drafted = await createTestRisk(ciso, { identifiedAt: new Date("2026-01-10"), source: { type: "incident", id: incident.id } });
    await updateIncident(ciso, incident.id, patch({ riskIds: [drafted.id], version: 1 }));
    expect((await getIncident(ciso, incident.id)).foreseen).toBe(false);
    expect(await foreseenIncidentIds(db, organization.id)).toEqual([]);
  });
});
