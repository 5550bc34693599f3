import { describe, expect, it } from "vitest";
import { shareIndicator } from "../indicators/schema";
import { compareSessions, perspectiveResults, perspectiveTrends, selfAssessmentWarning, type SessionLevels } from "./results";

const session = (id: string, heldAt: string, levels: Record<string, number | null>): SessionLevels => ({
  id,
  title: `Session ${id}`,
  heldAt,
  entries: Object.entries(levels).map(([perspective, level]) => ({ perspective, level })),
});

describe("maturity results", () => {
  it("gives the six perspectives with level, target and gap", () => {
    const results = perspectiveResults(session("a", "2025-01-01", { riskhantering: 2, kompetens: 3, uppfoljning: null }), { riskhantering: 3, kompetens: 2 });
    expect(results.map((r) => r.perspective)).toEqual(["riskhantering", "informationsklassning", "incidenthantering", "upphandling", "kompetens", "uppfoljning"]);
    expect(results[0]).toMatchObject({ name: "Riskhantering", level: 2, target: 3, gap: 1 });
    expect(results[4]).toMatchObject({ level: 3, target: 2, gap: -1 });
    expect(results[1]).toMatchObject({ level: null, target: null, gap: null });
    expect(results[5]).toMatchObject({ level: null, gap: null });
  });

  it("orders the trend by heldAt and measures the change between the first and last assessed levels", () => {
    const trends = perspectiveTrends([
      session("new", "2025-06-01T00:00:00.000Z", { riskhantering: 3, kompetens: 2, upphandling: 1 }),
      session("old", "2024-05-01T00:00:00.000Z", { riskhantering: 2, kompetens: 2, upphandling: 2 }),
      session("mid", "2024-11-01T00:00:00.000Z", { riskhantering: null, kompetens: 3 }),
    ]);
    const risk = trends.find((t) => t.perspective === "riskhantering")!;
    expect(risk.points.map((p) => [p.assessmentId, p.level])).toEqual([["old", 2], ["mid", null], ["new", 3]]);
    expect(risk).toMatchObject({ change: 1, direction: "up" });
    expect(trends.find((t) => t.perspective === "kompetens")).toMatchObject({ change: 0, direction: "flat" });
    expect(trends.find((t) => t.perspective === "upphandling")).toMatchObject({ change: -1, direction: "down" });
    expect(trends.find((t) => t.perspective === "uppfoljning")).toMatchObject({ change: null, direction: null });
  });

  it("compares two sessions per perspective", () => {
    const rows = compareSessions(session("a", "2024-01-01", { riskhantering: 2, kompetens: 3 }), session("b", "2025-01-01", { riskhantering: 3, kompetens: 3, uppfoljning: 2 }));
    expect(rows[0]).toMatchObject({ perspective: "riskhantering", from: 2, to: 3, delta: 1 });
    expect(rows[4]).toMatchObject({ perspective: "kompetens", delta: 0 });
    expect(rows[5]).toMatchObject({ perspective: "uppfoljning", from: null, to: 2, delta: null });
  });

  describe("self-assessment vs data", () => {
    const low = shareIndicator("riskhantering", "risk.a", 2, 10);
    const mid = shareIndicator("riskhantering", "risk.b", 6, 10);
    const high = shareIndicator("riskhantering", "risk.c", 9, 10);
    const empty = shareIndicator("riskhantering", "risk.d", 0, 0);
    const otherPerspective = shareIndicator("kompetens", "k.a", 0, 10);

    it("warns at level 3 or 4 when the shares average below 50 %", () => {
      const warning = selfAssessmentWarning("riskhantering", 3, [low, mid, otherPerspective]);
      expect(warning).toMatchObject({ level: 3, average: 0.4, lowest: 0.2, indicatorKeys: ["risk.a"] });
      expect(warning?.message).toContain("40 %");
    });

    it("warns at level 4 when any share is below 75 %", () => {
      expect(selfAssessmentWarning("riskhantering", 4, [mid, high])).toMatchObject({ indicatorKeys: ["risk.b"] });
      expect(selfAssessmentWarning("riskhantering", 4, [high])).toBeNull();
    });

    it("stays quiet for lower levels, unassessed perspectives and empty registers", () => {
      expect(selfAssessmentWarning("riskhantering", 2, [low])).toBeNull();
      expect(selfAssessmentWarning("riskhantering", null, [low])).toBeNull();
      expect(selfAssessmentWarning("riskhantering", 4, [empty])).toBeNull();
      expect(selfAssessmentWarning("riskhantering", 3, [mid, high])).toBeNull();
      expect(selfAssessmentWarning("kompetens", 4, [low])).toBeNull();
      expect(selfAssessmentWarning("riskhantering", 4, [{ ...low, unit: "days", value: 40 }])).toBeNull();
    });
  });
});
