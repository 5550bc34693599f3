import { describe, expect, it } from "vitest";
import { monthlyTrendRows } from "./trend-rows";

describe("the trend chart's time axis", () => {
  it("spaces sessions by the months between them, with empty months between", () => {
    const sessions = [{ heldAt: "2025-11-20T09:00:00Z" }, { heldAt: "2026-01-15T09:00:00Z" }, { heldAt: "2026-01-30T09:00:00Z" }, { heldAt: "2026-11-03T09:00:00Z" }];
    const rows = monthlyTrendRows(sessions, (_session, index) => ({ Riskhantering: index + 1 }));
    expect(rows.map((row) => row.month)).toEqual(["2025-11", "2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"]);
    expect(rows[0].values).toEqual({ Riskhantering: 1 });
    expect(rows[1].values).toBeNull();
    // Two sessions in January: the later one.
    expect(rows[2].values).toEqual({ Riskhantering: 3 });
    expect(rows[12].values).toEqual({ Riskhantering: 4 });
    // A session at 00:30 Swedish time on 1 December belongs to December.
    expect(monthlyTrendRows([{ heldAt: "2025-11-30T23:30:00Z" }], () => ({})).map((row) => row.month)).toEqual(["2025-12"]);
    expect(monthlyTrendRows([], () => ({}))).toEqual([]);
  });
});
