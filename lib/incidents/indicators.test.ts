import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { createOrgWithRoles } from "../../test/factories";
import { createTestIncident } from "../../test/incidents-factories";
import { incidentIndicators } from "./indicators";
import { recordObligationReport } from "./obligation-service";
import { incidentUpdateSchema, obligationReportSchema } from "./schema";
import { updateIncident } from "./service";

const patch = (input: Record<string, unknown>) => incidentUpdateSchema.parse(input);
const window = { from: new Date("2025-06-01T00:00:00Z"), to: new Date("2026-06-01T00:00:00Z") };

async function close(ciso: Parameters<typeof updateIncident>[0], id: string, rootCause: string | null, obligations: Record<string, unknown>[] = []) {
  const { version } = await db.incident.findUniqueOrThrow({ where: { id } });
  let v = await updateIncident(ciso, id, patch({ status: "triaged", severity: 2, version }));
  for (const status of ["investigating", "resolved"]) v = await updateIncident(ciso, id, patch({ status, rootCause, version: v.version }));
  return updateIncident(ciso, id, patch({ status: "closed", rootCause, obligations, version: v.version }));
}

describe("incident indicators", () => {
  it("computes root cause, repeat, median days to close and obligations on time", async () => {
    const { organization, reporter, ciso } = await createOrgWithRoles();
    const a = await createTestIncident(reporter, { title: "A", personalData: "yes", detectedAt: "2026-01-10T09:00:00Z" });
    const b = await createTestIncident(reporter, { title: "B", personalData: "yes", detectedAt: "2026-01-10T09:00:00Z" });
    const c = await createTestIncident(reporter, { title: "C", personalData: "unknown" });
    await createTestIncident(reporter, { title: "D", personalData: "unknown" });
    await createTestIncident(reporter, { title: "Utanför", occurredAt: "2024-01-10T08:00:00Z", detectedAt: "2024-01-10T09:00:00Z" });
    await recordObligationReport(ciso, a.id, "gdpr_imy", obligationReportSchema.parse({ reportedAt: "2026-01-12T09:00:00Z", version: 1 }));
    await recordObligationReport(ciso, b.id, "gdpr_imy", obligationReportSchema.parse({ reportedAt: "2026-01-14T09:00:00Z", version: 1 }));
    await close(ciso, c.id, "Felkonfiguration", [{ kind: "gdpr_imy", notReportable: true, motivation: "Inga personuppgifter berördes." }]);
    await close(ciso, b.id, null);
    await updateIncident(ciso, a.id, patch({ repeatOfId: b.id, version: 2 }));
    // Closing times relative to reporting: 2 and 4 days.
    const reportedAt = (await db.incident.findUniqueOrThrow({ where: { id: c.id } })).reportedAt.getTime();
    await db.incident.update({ where: { id: c.id }, data: { closedAt: new Date(reportedAt + 2 * 86_400_000) } });
    await db.incident.update({ where: { id: b.id }, data: { reportedAt: new Date(reportedAt), closedAt: new Date(reportedAt + 4 * 86_400_000) } });

    const byKey = Object.fromEntries((await incidentIndicators.compute(organization.id, window)).map((i) => [i.key, i]));
    expect(byKey["incidents.root_cause_share"]).toMatchObject({ numerator: 1, denominator: 2 });
    expect(byKey["incidents.repeat_share"]).toMatchObject({ numerator: 1, denominator: 4 });
    expect(byKey["incidents.median_days_to_close"]).toMatchObject({ value: 3, numerator: null, denominator: null, unit: "days" });
    // a on time, b late; c's IMY obligation was assessed as not reportable and d's is only "to assess": neither is a duty.
    expect(byKey["incidents.obligations_on_time_share"]).toMatchObject({ numerator: 1, denominator: 2, value: 0.5 });
    expect(byKey["incidents.foreseen_share"]).toMatchObject({ numerator: 0, denominator: 4 });
  });

  it("answers null values for an empty register", async () => {
    const { organization } = await createOrgWithRoles();
    const items = await incidentIndicators.compute(organization.id, window);
    expect(items.map((i) => i.value)).toEqual([null, null, null, null, null]);
    expect(items.every((i) => i.perspective === "incidenthantering")).toBe(true);
  });
});
