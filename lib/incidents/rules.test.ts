import { describe, expect, it } from "vitest";
import { RuleViolation } from "../validation/rule-violation";
import { assertStatusMove, assertTimeline, closedAtFor, closingPath, closingProblems, incidentReference, isForeseen } from "./rules";

function caught(fn: () => void): RuleViolation {
  try {
    fn();
  } catch (error) {
    return error as RuleViolation;
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
    expect(caught(() => assertStatusMove("closed", "reported")).code).toBe("status_move");
  });
  it("answers other moves with 400 naming status and the allowed ones", () => {
    const error = caught(() => assertStatusMove("reported", "closed"));
    expect(error.code).toBe("status_move");
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
  const none: { kind: string; reportedAt: Date | null; assessedAt?: Date | null }[] = [];
  it("requires a root cause for severity 3 and 4 only", () => {
    expect(closingProblems({ severity: 3, rootCause: null, obligations: none }).rootCauseMissing).toBe(true);
    expect(closingProblems({ severity: 4, rootCause: "  ", obligations: none }).rootCauseMissing).toBe(true);
    expect(closingProblems({ severity: 2, rootCause: null, obligations: none }).rootCauseMissing).toBe(false);
    expect(closingProblems({ severity: null, rootCause: null, obligations: none }).rootCauseMissing).toBe(false);
    expect(closingProblems({ severity: 4, rootCause: "Saknad MFA", obligations: none }).rootCauseMissing).toBe(false);
  });
  it("names the obligations neither reported nor assessed as not reportable", () => {
    const at = new Date("2026-03-01T10:00:00Z");
    const obligations = [
      { kind: "nis2_early_warning", reportedAt: at, assessedAt: null },
      { kind: "nis2_notification", reportedAt: null, assessedAt: null },
      { kind: "nis2_final_report", reportedAt: null, assessedAt: at },
      { kind: "gdpr_imy", reportedAt: null },
    ];
    expect(closingProblems({ severity: 3, rootCause: "Nätfiske", obligations }).openKinds).toEqual(["nis2_notification", "gdpr_imy"]);
  });
  it("walks every remaining status to closed", () => {
    expect(closingPath("reported")).toEqual(["triaged", "investigating", "resolved", "closed"]);
    expect(closingPath("resolved")).toEqual(["closed"]);
    expect(closingPath("closed")).toEqual([]);
    // Each step is a move the status machine allows on its own.
    const path = ["reported", ...closingPath("reported")] as const;
    for (let i = 1; i < path.length; i++) expect(() => assertStatusMove(path[i - 1], path[i])).not.toThrow();
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

describe("references", () => {
  it("formats references with four digits", () => {
    expect(incidentReference(2026, 42)).toBe("INC-2026-0042");
    expect(incidentReference(2026, 12345)).toBe("INC-2026-12345");
  });
});
