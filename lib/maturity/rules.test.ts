import { describe, expect, it } from "vitest";
import { byPerspectiveOrder, horizonDueDate } from "./rules";

describe("maturity rules", () => {
  it("puts the due date at the end of the proposal's time frame", () => {
    const today = new Date("2025-03-12T10:30:00.000Z");
    expect(horizonDueDate("0-6", today).toISOString()).toBe("2025-09-12T00:00:00.000Z");
    expect(horizonDueDate("6-12", today).toISOString()).toBe("2026-03-12T00:00:00.000Z");
    expect(horizonDueDate("long", today).toISOString()).toBe("2027-03-12T00:00:00.000Z");
  });

  it("clamps to the last day of a shorter month", () => {
    expect(horizonDueDate("0-6", new Date("2025-08-31T00:00:00.000Z")).toISOString()).toBe("2026-02-28T00:00:00.000Z");
    expect(horizonDueDate("0-6", new Date("2023-08-31T00:00:00.000Z")).toISOString()).toBe("2024-02-29T00:00:00.000Z");
  });

  it("orders by MSB's perspective order", () => {
    const sorted = byPerspectiveOrder([{ perspective: "uppfoljning" }, { perspective: "riskhantering" }, { perspective: "kompetens" }]);
    expect(sorted.map((item) => item.perspective)).toEqual(["riskhantering", "kompetens", "uppfoljning"]);
  });
});
