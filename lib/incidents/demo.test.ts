import { describe, expect, it } from "vitest";
import { seedAssetsDemo } from "../assets/demo";
import { DEMO_ORG_UNITS, type DemoContext } from "../demo/context";
import { db } from "../db/client";
import { seedRisksDemo } from "../risks/demo";
import { createOrgUnit, createOrgWithRoles } from "../../test/factories";
import { seedIncidentsDemo } from "./demo";
import { incidentIndicators } from "./indicators";
import { listIncidents } from "./queries";
import { incidentListQuerySchema } from "./schema";

describe("incident demo data", () => {
  it("seeds a year of incidents after the assets and risks demos", async () => {
    const { organization, admin, ciso, informationOwner, auditor, management, reporter } = await createOrgWithRoles();
    const units = await Promise.all(DEMO_ORG_UNITS.map((name) => createOrgUnit(organization.id, name)));
    const now = new Date();
    const ctx = (tx: DemoContext["tx"]): DemoContext => ({
      tx,
      organizationId: organization.id,
      users: { admin: admin.userId, ciso: ciso.userId, informationOwner: informationOwner.userId, informationOwner2: informationOwner.userId, auditor: auditor.userId, management: management.userId, reporter: reporter.userId },
      orgUnits: Object.fromEntries(units.map((unit) => [unit.name, unit.id])),
      now,
    });
    await db.$transaction(async (tx) => {
      await seedAssetsDemo(ctx(tx));
      await seedRisksDemo(ctx(tx));
      await seedIncidentsDemo(ctx(tx));
    }, { timeout: 60_000 });

    const items = (await listIncidents(ciso, incidentListQuerySchema.parse({ pageSize: "100", sort: "reference:asc" }))).items;
    expect(items.length).toBeGreaterThanOrEqual(18);
    expect(items.map((i) => Number(i.reference.slice(-4))).every((n) => n >= 1)).toBe(true);
    expect(new Set(items.flatMap((i) => i.categories)).size).toBe(10);
    expect(items.filter((i) => i.foreseen).length).toBeGreaterThanOrEqual(5);
    expect(items.filter((i) => !i.foreseen && i.riskIds.length > 0).length).toBeGreaterThanOrEqual(3);
    expect(items.filter((i) => i.repeatOfId).length).toBeGreaterThanOrEqual(3);
    expect(items.filter((i) => i.reporterId === reporter.userId).length).toBeGreaterThanOrEqual(5);
    const imy = items.flatMap((i) => i.obligations).filter((o) => o.kind === "gdpr_imy" && !o.toAssess);
    expect(imy).toEqual([expect.objectContaining({ status: "reported" })]);
    for (const closed of items.filter((i) => i.status === "closed" && (i.severity ?? 0) >= 3)) expect(closed.rootCause).toBeTruthy();
    expect(await db.action.count({ where: { organizationId: organization.id, sourceType: "incident" } })).toBeGreaterThanOrEqual(5);

    const indicators = await incidentIndicators.compute(organization.id, { from: new Date(now.getTime() - 730 * 86_400_000), to: now });
    const foreseen = indicators.find((i) => i.key === "incidents.foreseen_share")!;
    expect(foreseen.numerator).toBe(items.filter((i) => i.foreseen).length);
    expect(foreseen.denominator).toBe(items.length);
    expect(indicators.find((i) => i.key === "incidents.median_days_to_close")!.value).toBeGreaterThan(0);
  });
});
