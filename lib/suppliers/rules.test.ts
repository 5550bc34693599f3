import { describe, expect, it } from "vitest";
import { addDayMonths, isInEea, isValidOrgNumber, nextFollowUpDue, supplierCriticality } from "./rules";

const day = (text: string) => new Date(`${text}T00:00:00Z`);

describe("supplier rules", () => {
  it("checks the organisationsnummer's format and Luhn check digit", () => {
    expect(isValidOrgNumber("556036-0793")).toBe(true);
    expect(isValidOrgNumber("212000-0142")).toBe(true);
    expect(isValidOrgNumber("556036-0794")).toBe(false);
    expect(isValidOrgNumber("5560360793")).toBe(false);
    expect(isValidOrgNumber("556036-079")).toBe(false);
  });

  it("derives criticality from active contracts unless overridden", () => {
    expect(supplierCriticality(null, [1, 3, null])).toBe(3);
    expect(supplierCriticality(null, [null])).toBeNull();
    expect(supplierCriticality(1, [4])).toBe(1);
  });

  it("dates the next follow-up from the last one and the interval of the criticality", () => {
    const base = { createdAt: day("2025-01-01"), status: "active" };
    expect(nextFollowUpDue({ ...base, criticality: 3, lastFollowUpAt: day("2026-03-15") })).toEqual(day("2027-03-15"));
    expect(nextFollowUpDue({ ...base, criticality: 2, lastFollowUpAt: day("2026-03-15") })).toEqual(day("2028-03-15"));
    expect(nextFollowUpDue({ ...base, criticality: 1, lastFollowUpAt: day("2026-03-15") })).toBeNull();
    expect(nextFollowUpDue({ ...base, criticality: 4, lastFollowUpAt: null })).toEqual(day("2025-01-01"));
    expect(nextFollowUpDue({ ...base, status: "ended", criticality: 4, lastFollowUpAt: null })).toBeNull();
    expect(nextFollowUpDue({ ...base, criticality: 3, lastFollowUpAt: day("2026-03-15"), intervals: { high: 6, medium: 12 } })).toEqual(day("2026-09-15"));
  });

  it("moves calendar days by months, keeping month ends", () => {
    expect(addDayMonths(day("2027-08-31"), -6)).toEqual(day("2027-02-28"));
    expect(addDayMonths(day("2026-01-31"), 1)).toEqual(day("2026-02-28"));
    expect(isInEea("no")).toBe(true);
    expect(isInEea("GB")).toBe(false);
  });
});
