import { describe, expect, it } from "vitest";
import { listActions } from "../actions/queries";
import { actionListQuerySchema } from "../actions/schema";
import { db } from "../db/client";
import { createOrgUnit, createOrgWithRoles } from "../../test/factories";
import { createTestAsset } from "../../test/assets-factories";
import { riskTrend } from "./overview";
import { listRisks } from "./queries";
import { riskListQuerySchema, riskTrendQuerySchema } from "./schema";
import { seedRisksDemo } from "./demo";

describe("risk demo data", () => {
  it("seeds two completed analyses with risks in every band, accepted and overdue ones, and history", async () => {
    const { organization, admin, ciso, informationOwner, auditor, management, reporter } = await createOrgWithRoles();
    const unit = await createOrgUnit(organization.id, "IT-enheten");
    await createTestAsset(ciso, { ownerId: informationOwner.userId, name: "Serverhall kommunhuset" });
    await db.$transaction((tx) =>
      seedRisksDemo({
        tx,
        organizationId: organization.id,
        users: { admin: admin.userId, ciso: ciso.userId, informationOwner: informationOwner.userId, informationOwner2: informationOwner.userId, auditor: auditor.userId, management: management.userId, reporter: reporter.userId },
        orgUnits: { "IT-enheten": unit.id },
        now: new Date(),
      }),
    );
    const analyses = await db.riskAnalysis.findMany({ where: { organizationId: organization.id }, include: { assets: true } });
    expect(analyses.map((a) => a.status)).toEqual(["completed", "completed"]);
    expect(analyses.flatMap((a) => a.assets)).toHaveLength(1);
    const risks = (await listRisks(ciso, riskListQuerySchema.parse({ pageSize: "100" }))).items;
    expect(new Set(risks.map((r) => r.band))).toEqual(new Set(["low", "medium", "high", "extreme"]));
    const accepted = risks.filter((r) => r.status === "accepted");
    expect(accepted.length).toBeGreaterThanOrEqual(3);
    expect(accepted.filter((r) => r.acceptance?.decidedById === management.userId && r.acceptance.motivation).length).toBeGreaterThanOrEqual(2);
    expect(risks.filter((r) => r.actionsOverdue > 0)).toHaveLength(2);
    expect((await listActions(ciso, actionListQuerySchema.parse({ overdue: "true", source: "risk" }))).total).toBe(2);
    const trend = (await riskTrend(ciso, riskTrendQuerySchema.parse({ months: "12" }))).items;
    expect(trend[trend.length - 1].total).toBe(risks.length);
    expect(trend.some((point) => point.total > 0 && point.total < risks.length)).toBe(true);
  });
});
