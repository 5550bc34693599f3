import { describe, expect, it } from "vitest";
import { dateInputValue, formatDate, formatDateTime, formatPercent } from "./format";

describe("format", () => {
  it("shows dates the Swedish way in Swedish time", () => {
    expect(formatDate("2026-03-01T23:30:00Z")).toBe("2026-03-02");
    expect(formatDateTime("2026-07-01T10:05:00Z")).toBe("2026-07-01 12:05");
    expect(formatDate(null)).toBe("–");
    expect(dateInputValue(undefined)).toBe("");
  });
  it("formats shares as percent per language", () => {
    expect(formatPercent(0.5)).toBe("50\u00a0%");
    expect(formatPercent(0.5, "en")).toBe("50%");
    expect(formatPercent(null)).toBe("–");
  });
});
