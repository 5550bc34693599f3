import { describe, expect, it } from "vitest";
import { findingMoves, findingMoveViolation, isFindingOverdue } from "./rules";

const now = new Date("2026-05-01T10:00:00Z");

describe("a finding's flow", () => {
  it("takes a nonconformity through plan, acceptance, implementation and verification before it closes", () => {
    expect(findingMoves("major_nonconformity", "open")).toEqual(["plan_submitted"]);
    expect(findingMoves("minor_nonconformity", "plan_submitted")).toEqual(["plan_accepted", "open"]);
    expect(findingMoves("minor_nonconformity", "implemented")).toEqual([]);
    expect(findingMoves("minor_nonconformity", "verified")).toEqual(["closed"]);
    expect(findingMoveViolation("minor_nonconformity", "open", "closed", { actionPlan: "x" })).toBe("finding_status_move");
  });

  it("lets observations and improvement proposals close at any step, never a closed finding move", () => {
    expect(findingMoves("observation", "open")).toEqual(["plan_submitted", "closed"]);
    expect(findingMoves("improvement", "plan_accepted")).toEqual(["implemented", "closed"]);
    expect(findingMoves("positive", "closed")).toEqual([]);
  });

  it("needs an action plan to submit it", () => {
    expect(findingMoveViolation("minor_nonconformity", "open", "plan_submitted", { actionPlan: null })).toBe("action_plan_required");
    expect(findingMoveViolation("minor_nonconformity", "open", "plan_submitted", { actionPlan: "Åtgärda" })).toBeNull();
  });

  it("is overdue when a nonconformity has no accepted plan after its response date", () => {
    const past = new Date("2026-04-30T00:00:00Z");
    expect(isFindingOverdue({ type: "minor_nonconformity", status: "open", responseDueAt: past }, now)).toBe(true);
    expect(isFindingOverdue({ type: "minor_nonconformity", status: "plan_submitted", responseDueAt: past }, now)).toBe(true);
    expect(isFindingOverdue({ type: "minor_nonconformity", status: "plan_accepted", responseDueAt: past }, now)).toBe(false);
    expect(isFindingOverdue({ type: "observation", status: "open", responseDueAt: past }, now)).toBe(false);
    expect(isFindingOverdue({ type: "major_nonconformity", status: "open", responseDueAt: new Date("2026-05-02T00:00:00Z") }, now)).toBe(false);
  });
});
