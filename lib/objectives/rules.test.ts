import { describe, expect, it } from "vitest";
import { onTrack, targetFromInput, targetToInput } from "./rules";

describe("objective rules", () => {
  it("is on track at or above the target, and at or below it where less is better", () => {
    expect(onTrack({ indicatorKey: "risks.treatment_decided_share", current: 0.8, target: 0.8, unit: "share" })).toBe(true);
    expect(onTrack({ indicatorKey: "risks.treatment_decided_share", current: 0.79, target: 0.8, unit: "share" })).toBe(false);
    expect(onTrack({ indicatorKey: "incidents.repeat_share", current: 0.02, target: 0.05, unit: "share" })).toBe(true);
    expect(onTrack({ indicatorKey: "incidents.repeat_share", current: 0.1, target: 0.05, unit: "share" })).toBe(false);
    expect(onTrack({ indicatorKey: "findings.escalated_open", current: 0, target: 0, unit: "count" })).toBe(true);
    expect(onTrack({ indicatorKey: "findings.escalated_open", current: 2, target: 0, unit: "count" })).toBe(false);
    expect(onTrack({ indicatorKey: "incidents.median_days_to_close", current: 10, target: 14, unit: "days" })).toBe(true);
  });

  it("types a share as a percentage and stores it as 0–1; days and counts as they are", () => {
    expect(targetToInput(0.855, "share")).toBe(85.5);
    expect(targetFromInput(85.5, "share")).toBeCloseTo(0.855);
    expect(targetToInput(14, "days")).toBe(14);
    expect(targetFromInput(3, "count")).toBe(3);
    expect(targetFromInput(null, "share")).toBeNull();
  });
});
