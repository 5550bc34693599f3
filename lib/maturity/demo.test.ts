import { describe, expect, it } from "vitest";
import { createOrgWithRoles } from "../../test/factories";
import { actionsFor } from "../actions/queries";
import { db } from "../db/client";
import { assessmentListQuerySchema } from "./schema";
import { listAssessments, getAssessment } from "./queries";
import { assessmentResults, maturityTrend } from "./results-queries";
import { seedMaturityDemo } from "./demo";

describe("maturity demo", () => {
  it("seeds two completed sessions a year apart, the second higher, with targets and one action", async () => {
    const { organization, admin, ciso, informationOwner, auditor, management, reporter } = await createOrgWithRoles();
    const now = new Date("2026-01-20T12:00:00.000Z");
    await db.$transaction((tx) =>
      seedMaturityDemo({
        tx,
        organizationId: organization.id,
        users: { admin: admin.userId, ciso: ciso.userId, informationOwner: informationOwner.userId, informationOwner2: informationOwner.userId, auditor: auditor.userId, management: management.userId, reporter: reporter.userId },
        orgUnits: {},
        now,
      }),
    );
    const list = await listAssessments(management, assessmentListQuerySchema.parse({ sort: "heldAt:asc" }));
    expect(list.total).toBe(2);
    const [first, second] = await Promise.all(list.items.map((item) => getAssessment(management, item.id)));
    expect(first.heldAt).toBe("2025-01-05T12:00:00.000Z");
    expect(second.heldAt).toBe("2026-01-05T12:00:00.000Z");
    for (const session of [first, second]) {
      expect(session.status).toBe("completed");
      expect(session.entries).toHaveLength(6);
      expect(session.entries.every((entry) => entry.level !== null && entry.reasons.length > 0)).toBe(true);
      expect(session.proposals.length).toBeGreaterThanOrEqual(3);
    }
    const trend = await maturityTrend(management);
    expect(trend.perspectives.some((p) => p.direction === "up")).toBe(true);
    expect(trend.perspectives.every((p) => p.direction !== "down")).toBe(true);
    const linked = [...first.proposals, ...second.proposals].filter((p) => p.actionId);
    expect(linked).toHaveLength(1);
    expect((await actionsFor(ciso, "maturity", first.id)).map((a) => a.id)).toEqual([linked[0].actionId]);
    const results = await assessmentResults(management, second.id);
    expect(results.perspectives.every((p) => p.target !== null && p.gap !== null)).toBe(true);
  });
});
