import { describe, expect, it } from "vitest";
import { bandTrend, heatmapFrom, monthWindows } from "./picture";
import { DEFAULT_RISK_SETTINGS } from "./settings-schema";

const { bands } = DEFAULT_RISK_SETTINGS;

describe("risk picture", () => {
  it("places counts in a 4×4 grid by likelihood and consequence", () => {
    const map = heatmapFrom([{ likelihood: 3, consequence: 4, count: 2 }, { likelihood: 1, consequence: 1, count: 1 }, { likelihood: null, consequence: null, count: 5 }], bands, false);
    expect(map.counts[2][3]).toBe(2);
    expect(map.counts[0][0]).toBe(1);
    expect(map.total).toBe(3);
    expect(map.bands[3][3]).toBe("extreme");
    expect(map.bands[0][1]).toBe("low");
  });

  it("lists calendar months oldest first across a year boundary", () => {
    const windows = monthWindows(new Date("2026-02-15T12:00:00Z"), 3);
    expect(windows.map((w) => w.month)).toEqual(["2025-12", "2026-01", "2026-02"]);
    expect(windows[0].end.toISOString()).toBe("2026-01-01T00:00:00.000Z");
  });

  it("counts each risk once per month by the level in force at the month end", () => {
    const windows = monthWindows(new Date("2026-03-10T00:00:00Z"), 3);
    const trend = bandTrend(
      [
        { riskId: "a", level: 12, status: "open", changedAt: new Date("2026-01-05") },
        { riskId: "a", level: 4, status: "treated", changedAt: new Date("2026-02-20") },
        { riskId: "b", level: 16, status: "open", changedAt: new Date("2026-02-01") },
        { riskId: "b", level: 16, status: "closed", changedAt: new Date("2026-03-02") },
        { riskId: "c", level: 2, status: "open", changedAt: new Date("2026-03-01") },
      ],
      windows,
      bands,
    );
    expect(trend).toEqual([
      { month: "2026-01", low: 0, medium: 0, high: 1, extreme: 0, total: 1 },
      { month: "2026-02", low: 0, medium: 1, high: 0, extreme: 1, total: 2 },
      { month: "2026-03", low: 1, medium: 1, high: 0, extreme: 0, total: 2 },
    ]);
  });
});
