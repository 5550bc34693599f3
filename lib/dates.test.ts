import { describe, expect, it } from "vitest";
import { addCalendarDays, addCalendarMonths, lastMonths, startOfStockholmDay, startOfStockholmToday, stockholmDateTime, stockholmDay, stockholmMonth, stockholmToday, stockholmWallClock, stockholmYear } from "./dates";

describe("the Stockholm calendar", () => {
  it("reads days, months and years on the Stockholm wall clock", () => {
    expect(stockholmDay(new Date("2026-06-30T22:30:00Z"))).toBe("2026-07-01");
    expect(stockholmMonth(new Date("2026-06-30T22:30:00Z"))).toBe("2026-07");
    expect(stockholmYear(new Date("2025-12-31T23:30:00Z"))).toBe(2026);
    expect(startOfStockholmDay("2026-07-01").toISOString()).toBe("2026-06-30T22:00:00.000Z");
    expect(startOfStockholmDay("2026-01-15").toISOString()).toBe("2026-01-14T23:00:00.000Z");
    expect(startOfStockholmToday(new Date("2026-03-29T12:00:00Z")).toISOString()).toBe("2026-03-28T23:00:00.000Z");
  });

  it("adds calendar months and days keeping the wall-clock hour across DST", () => {
    // 31 January + 1 month = 28 February; 10:00 CET stays 10:00 local across the DST change.
    expect(addCalendarMonths(new Date("2026-01-31T09:00:00.250Z"), 1).toISOString()).toBe("2026-02-28T09:00:00.250Z");
    expect(addCalendarMonths(new Date("2026-03-20T09:00:00Z"), 1).toISOString()).toBe("2026-04-20T08:00:00.000Z");
    expect(addCalendarDays(new Date("2026-03-20T09:00:00Z"), 28).toISOString()).toBe("2026-04-17T08:00:00.000Z");
    expect(addCalendarDays(new Date("2026-10-24T22:30:00Z"), 1).toISOString()).toBe("2026-10-25T23:30:00.000Z");
  });

  it("reads the wall clock on both sides of each DST change, to the minute", () => {
    expect(stockholmDateTime(new Date("2026-03-29T00:59:59Z"))).toBe("2026-03-29 01:59");
    expect(stockholmDateTime(new Date("2026-03-29T01:00:00Z"))).toBe("2026-03-29 03:00");
    expect(stockholmDateTime(new Date("2026-10-25T00:59:00Z"))).toBe("2026-10-25 02:59");
    expect(stockholmDateTime(new Date("2026-10-25T01:00:00Z"))).toBe("2026-10-25 02:00");
    expect(stockholmDay(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
    expect(stockholmWallClock(new Date("2026-07-01T08:10:30.250Z")).toISOString()).toBe("2026-07-01T10:10:30.250Z");
    expect(stockholmWallClock(new Date("1999-01-15T12:00:00Z")).toISOString()).toBe("1999-01-15T13:00:00.000Z");
  });

  it("lists the last months, oldest first, across a year end", () => {
    expect(lastMonths(new Date("2026-02-15T12:00:00Z"), 3)).toEqual(["2025-12", "2026-01", "2026-02"]);
    expect(lastMonths(new Date("2026-01-31T23:30:00Z"), 2)).toEqual(["2026-01", "2026-02"]);
  });
});

describe("today in Stockholm as a date column", () => {
  it("is the Stockholm day at UTC midnight", () => {
    expect(stockholmToday(new Date("2026-05-31T22:30:00Z")).toISOString()).toBe("2026-06-01T00:00:00.000Z");
    expect(stockholmToday(new Date("2026-01-15T12:00:00Z")).toISOString()).toBe("2026-01-15T00:00:00.000Z");
  });
});
