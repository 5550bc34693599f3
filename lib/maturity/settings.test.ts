import { afterEach, describe, expect, it } from "vitest";
import { createTestAssessment } from "../../test/maturity-factories";
import { createOrgWithRoles, createOrganization, createPrincipal } from "../../test/factories";
import { db } from "../db/client";
import { indicatorProviders } from "../indicators/registry";
import { shareIndicator, type IndicatorProvider } from "../indicators/schema";
import { assessmentResults, compareAssessments, maturityTrend } from "./results-queries";
import { maturitySettings } from "./settings";

const fakeProvider: IndicatorProvider = {
  perspective: "riskhantering",
  compute: async () => [shareIndicator("riskhantering", "test.low", 1, 5)],
};

afterEach(() => {
  const index = indicatorProviders.indexOf(fakeProvider);
  if (index >= 0) indicatorProviders.splice(index, 1);
});

describe("maturity targets and results", () => {
  it("stores targets per perspective in the organisation's settings, audited", async () => {
    const { ciso, management, organization } = await createOrgWithRoles();
    expect(await maturitySettings.read(management)).toEqual({ targets: {}, version: 1 });
    await maturitySettings.write(ciso, { targets: { riskhantering: 3, kompetens: 2 } }, 1);
    expect(await maturitySettings.read(management)).toEqual({ targets: { riskhantering: 3, kompetens: 2 }, version: 2 });
    const events = await db.auditEvent.findMany({ where: { entityId: organization.id, action: "settings.maturity" } });
    expect(events).toHaveLength(1);
  });

  it("lets only admin and ciso change targets and hides them from roles without maturity.read", async () => {
    const { admin, management, auditor, informationOwner, reporter } = await createOrgWithRoles();
    await expect(maturitySettings.write(admin, { targets: { uppfoljning: 4 } }, 1)).resolves.toEqual({ targets: { uppfoljning: 4 }, version: 2 });
    for (const denied of [management, auditor, informationOwner, reporter]) {
      await expect(maturitySettings.write(denied, { targets: {} }, 2)).rejects.toMatchObject({ status: 403 });
    }
    for (const denied of [informationOwner, reporter]) await expect(maturitySettings.read(denied)).rejects.toMatchObject({ status: 403 });
  });

  it("gives level, target, gap and the indicators beside each level, with a warning when the data disagrees", async () => {
    indicatorProviders.push(fakeProvider);
    const { ciso, auditor } = await createOrgWithRoles();
    await maturitySettings.write(ciso, { targets: { riskhantering: 4, informationsklassning: 3 } }, 1);
    const session = await createTestAssessment(ciso, {}, [3, 3, 2, 1, 2, null]);
    const results = await assessmentResults(auditor, session.id);
    expect(results.perspectives).toHaveLength(6);
    const [risk, classification, , , , followUp] = results.perspectives;
    expect(risk).toMatchObject({ level: 3, target: 4, gap: 1 });
    expect(risk.indicators).toContainEqual(expect.objectContaining({ key: "test.low", value: 0.2 }));
    expect(results.perspectives.every((p) => p.indicators.every((i) => i.perspective === p.perspective))).toBe(true);
    expect(risk.warning).toMatchObject({ indicatorKeys: ["test.low"] });
    // A new organisation's registers are empty: its indicators have no value and raise no warning.
    expect(classification).toMatchObject({ level: 3, target: 3, gap: 0, warning: null });
    expect(followUp).toMatchObject({ level: null, gap: null });
  });

  it("gives the trend over completed sessions and compares two sessions", async () => {
    const { ciso, management } = await createOrgWithRoles();
    const old = await createTestAssessment(ciso, { heldAt: "2024-02-01T00:00:00.000Z" }, [2, 2, 2, 1, 2, 1]);
    const recent = await createTestAssessment(ciso, { heldAt: "2025-02-01T00:00:00.000Z" }, [3, 2, 2, 2, 2, 1]);
    await createTestAssessment(ciso, { heldAt: "2025-06-01T00:00:00.000Z", status: "draft" }, [4, 4, 4, 4, 4, 4]);
    const trend = await maturityTrend(management);
    expect(trend.sessions).toBe(2);
    expect(trend.perspectives[0]).toMatchObject({ perspective: "riskhantering", change: 1, direction: "up" });
    expect(trend.perspectives[0].points.map((p) => p.assessmentId)).toEqual([old.id, recent.id]);
    expect((await maturityTrend(management, "all")).sessions).toBe(3);
    const comparison = await compareAssessments(management, old.id, recent.id);
    expect(comparison.perspectives.map((p) => p.delta)).toEqual([1, 0, 0, 1, 0, 0]);
    const stranger = await createPrincipal(await createOrganization("Annan"), "ciso");
    await expect(compareAssessments(stranger, old.id, recent.id)).rejects.toMatchObject({ status: 404 });
    await expect(assessmentResults(stranger, old.id)).rejects.toMatchObject({ status: 404 });
  });
});
