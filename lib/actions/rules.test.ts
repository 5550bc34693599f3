import { describe, expect, it } from "vitest";
import { completionFor, isOverdue } from "./rules";

describe("action rules", () => {
  const now = new Date("2026-06-01T12:00:00Z");
  it("is overdue only while open and past due", () => {
    expect(isOverdue({ status: "planned", dueAt: new Date("2026-05-31") }, now)).toBe(true);
    expect(isOverdue({ status: "in_progress", dueAt: new Date("2026-06-02") }, now)).toBe(false);
    expect(isOverdue({ status: "done", dueAt: new Date("2026-05-01") }, now)).toBe(false);
    expect(isOverdue({ status: "planned", dueAt: null }, now)).toBe(false);
  });
  it("stamps and clears completedAt with the status", () => {
    expect(completionFor("done", undefined).completedAt).toBeInstanceOf(Date);
    const given = new Date("2026-01-01");
    expect(completionFor("done", given)).toEqual({ completedAt: given });
    expect(completionFor("in_progress", undefined)).toEqual({ completedAt: null });
    expect(completionFor(undefined, undefined)).toEqual({});
  });
});
