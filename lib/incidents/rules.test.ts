import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { addCalendarDays, addCalendarMonths, lastMonths, startOfStockholmDay, stockholmDay } from "./dates";
import { assertClosable, assertStatusMove, assertTimeline, closedAtFor, incidentReference, isForeseen } from "./rules";

function caught(fn: () => void): AppError {
  try {
    fn();
  } catch (error) {
    return error as AppError;
  }
  throw new Error("expected an error");
}

describe("status machine", () => {
  it("moves forward one step at a time", () => {
    expect(() => assertStatusMove("reported", "triaged")).not.toThrow();
    expect(() => assertStatusMove("triaged", "investigating")).not.toThrow();
    expect(() => assertStatusMove("investigating", "resolved")).not.toThrow();
    expect(() => assertStatusMove("resolved", "closed")).not.toThrow();
    expect(() => assertStatusMove("triaged", "triaged")).not.toThrow();
  });
  it("allows reopening to investigating only", () => {
    expect(() => assertStatusMove("closed", "investigating")).not.toThrow();
    expect(() => assertStatusMove("resolved", "investigating")).not.toThrow();
    expect(caught(() => assertStatusMove("closed", "reported")).status).toBe(400);
  });
  it("answers other moves with 400 naming status and the allowed ones", () => {
    const error = caught(() => assertStatusMove("reported", "closed"));
    expect(error.status).toBe(400);
    expect(error.fields?.status?.[0]).toContain("triaged");
    expect(caught(() => assertStatusMove("resolved", "reported")).fields?.status?.[0]).toMatch(/closed.*investigating/);
  });
  it("stamps closedAt on close, keeps it while closed and clears it on reopening", () => {
    const now = new Date("2026-03-01T10:00:00Z");
    const earlier = new Date("2026-02-01T10:00:00Z");
    expect(closedAtFor("resolved", "closed", null, now)).toEqual(now);
    expect(closedAtFor("closed", "closed", earlier, now)).toEqual(earlier);
    expect(closedAtFor("closed", "investigating", earlier, now)).toBeNull();
  });
});

describe("closing", () => {
  it("requires a root cause for severity 3 and 4 only", () => {
    expect(caught(() => assertClosable({ status: "closed", severity: 3, rootCause: null })).fields).toHaveProperty("rootCause");
    expect(caught(() => assertClosable({ status: "closed", severity: 4, rootCause: "  " })).fields).toHaveProperty("rootCause");
    expect(() => assertClosable({ status: "closed", severity: 2, rootCause: null })).not.toThrow();
    expect(() => assertClosable({ status: "closed", severity: null, rootCause: null })).not.toThrow();
    expect(() => assertClosable({ status: "resolved", severity: 4, rootCause: null })).not.toThrow();
    expect(() => assertClosable({ status: "closed", severity: 4, rootCause: "Saknad MFA" })).not.toThrow();
  });
});

describe("timeline", () => {
  const now = new Date("2026-03-01T12:00:00Z");
  it("rejects detection before occurrence and dates in the future", () => {
    const before = caught(() => assertTimeline({ occurredAt: new Date("2026-02-10T10:00:00Z"), detectedAt: new Date("2026-02-10T09:00:00Z"), occurredApproximate: false }, now));
    expect(before.fields).toHaveProperty("detectedAt");
    const future = caught(() => assertTimeline({ occurredAt: new Date("2026-03-02T10:00:00Z"), detectedAt: new Date("2026-03-02T10:00:00Z"), occurredApproximate: false }, now));
    expect(Object.keys(future.fields ?? {}).sort()).toEqual(["detectedAt", "occurredAt"]);
  });
  it("compares an approximate occurrence by day", () => {
    expect(() => assertTimeline({ occurredAt: new Date("2026-02-10T15:00:00Z"), detectedAt: new Date("2026-02-10T09:00:00Z"), occurredApproximate: true }, now)).not.toThrow();
  });
});

describe("foreseen", () => {
  const incident = { id: "i1", occurredAt: new Date("2026-03-10T12:00:00Z") };
  it("is true with a risk identified on or before the day it occurred", () => {
    expect(isForeseen(incident, [{ identifiedAt: new Date("2026-03-10") }])).toBe(true);
    expect(isForeseen(incident, [{ identifiedAt: new Date("2025-01-01") }])).toBe(true);
  });
  it("is false with only later risks, or none", () => {
    expect(isForeseen(incident, [{ identifiedAt: new Date("2026-03-11") }])).toBe(false);
    expect(isForeseen(incident, [])).toBe(false);
  });
  it("reads the day in Swedish time", () => {
    // 23:30 UTC on 10 March is 00:30 on 11 March in Stockholm.
    const lateNight = { id: "i2", occurredAt: new Date("2026-03-10T23:30:00Z") };
    expect(isForeseen(lateNight, [{ identifiedAt: new Date("2026-03-11") }])).toBe(true);
  });
  it("does not count a risk drafted from the incident itself", () => {
    expect(isForeseen(incident, [{ identifiedAt: new Date("2026-03-10"), sourceType: "incident", sourceId: "i1" }])).toBe(false);
    expect(isForeseen(incident, [{ identifiedAt: new Date("2026-03-10"), sourceType: "incident", sourceId: "other" }])).toBe(true);
  });
});

describe("dates and references", () => {
  it("formats references with four digits", () => {
    expect(incidentReference(2026, 42)).toBe("INC-2026-0042");
    expect(incidentReference(2026, 12345)).toBe("INC-2026-12345");
  });
  it("does calendar arithmetic on the Stockholm wall clock", () => {
    expect(stockholmDay(new Date("2026-06-30T22:30:00Z"))).toBe("2026-07-01");
    expect(startOfStockholmDay("2026-07-01").toISOString()).toBe("2026-06-30T22:00:00.000Z");
    expect(startOfStockholmDay("2026-01-15").toISOString()).toBe("2026-01-14T23:00:00.000Z");
    // 31 January + 1 month = 28 February; 10:00 CET stays 10:00 local across the DST change.
    expect(addCalendarMonths(new Date("2026-01-31T09:00:00.250Z"), 1).toISOString()).toBe("2026-02-28T09:00:00.250Z");
    expect(addCalendarMonths(new Date("2026-03-20T09:00:00Z"), 1).toISOString()).toBe("2026-04-20T08:00:00.000Z");
    expect(addCalendarDays(new Date("2026-03-20T09:00:00Z"), 28).toISOString()).toBe("2026-04-17T08:00:00.000Z");
    expect(lastMonths(new Date("2026-02-15T12:00:00Z"), 3)).toEqual(["2025-12", "2026-01", "2026-02"]);
  });
});
