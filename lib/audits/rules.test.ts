import { describe, expect, it } from "vitest";
import { auditMoveViolation, AUDIT_MOVES, defaultResponseDue } from "./rules";
import { AUDIT_STATUSES } from "./schema";

describe("the audit's flow", () => {
  it("moves one step at a time and names nothing after closed or cancelled", () => {
    expect(auditMoveViolation("planned", "prepared", { hasReport: false })).toBeNull();
    expect(auditMoveViolation("planned", "performed", { hasReport: false })).toBe("status_move");
    expect(auditMoveViolation("reported", "planned", { hasReport: true })).toBe("status_move");
    expect(AUDIT_MOVES.closed).toEqual([]);
    expect(AUDIT_MOVES.cancelled).toEqual([]);
    for (const status of AUDIT_STATUSES) expect(AUDIT_MOVES[status]).not.toContain(status);
  });

  it("asks a reason to postpone or cancel, and an issued report to be reported", () => {
    expect(auditMoveViolation("prepared", "cancelled", { hasReport: false })).toBe("reason_required");
    expect(auditMoveViolation("prepared", "cancelled", { reason: "Verksamheten omorganiseras", hasReport: false })).toBeNull();
    expect(auditMoveViolation("performed", "reported", { hasReport: false })).toBe("report_required");
    expect(auditMoveViolation("performed", "reported", { hasReport: true })).toBeNull();
  });

  it("gives findings 30 calendar days to answer, on the same Stockholm wall clock across the DST change", () => {
    expect(defaultResponseDue(new Date("2026-03-10T09:00:00Z")).toISOString()).toBe("2026-04-09T08:00:00.000Z");
  });
});
