import { describe, expect, it } from "vitest";
import { createOrgUnit, createOrgWithRoles } from "../../test/factories";
import { db } from "../db/client";
import { competenceIndicators } from "./indicators";
import { getCoverage, listOverdue } from "./coverage";
import { seedCompetenceDemo } from "./demo";

describe("competence demo data", () => {
  it("seeds staff across the units with mixed coverage, three phishing rounds and two surveys a year apart", async () => {
    const { organization, admin, ciso, informationOwner, auditor, management, reporter } = await createOrgWithRoles();
    const units = await Promise.all(["Socialförvaltningen", "IT-enheten"].map((name) => createOrgUnit(organization.id, name)));
    const now = new Date();
    await db.$transaction((tx) =>
      seedCompetenceDemo({
        tx,
        organizationId: organization.id,
        users: { admin: admin.userId, ciso: ciso.userId, informationOwner: informationOwner.userId, informationOwner2: informationOwner.userId, auditor: auditor.userId, management: management.userId, reporter: reporter.userId },
        orgUnits: Object.fromEntries(units.map((unit) => [unit.name, unit.id])),
        now,
      }),
    );
    const coverage = await getCoverage(ciso, now);
    expect(coverage.people).toBe(300);
    expect(coverage.byUnit.map((row) => row.name)).toEqual(["IT-enheten", "Socialförvaltningen"]);
    expect(coverage.current).toBeGreaterThan(150);
    expect(coverage.current).toBeLessThan(300);
    expect((await listOverdue(ciso, {}, now)).items.length).toBeGreaterThan(10);
    const figures = await competenceIndicators.compute(organization.id, { from: new Date(now.getTime() - 730 * 86_400_000), to: now });
    const byKey = Object.fromEntries(figures.map((figure) => [figure.key, figure]));
    expect(byKey["surveys.areas_covered_share"].numerator).toBe(4);
    expect(byKey["phishing.report_rate"].value).toBeCloseTo(96 / 300);
    expect(byKey["phishing.click_rate_change"].value).toBeCloseTo(27 / 300 - 72 / 300);
  });
});
