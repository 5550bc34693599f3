import { describe, expect, it } from "vitest";
import { dueState, WARNING_WINDOWS } from "./rules";

const now = new Date("2026-03-10T12:00:00Z");
const inHours = (hours: number) => new Date(now.getTime() + hours * 60 * 60 * 1000);

describe("dueState", () => {
  it("is overdue once the due time has passed, due soon inside the window, upcoming before it", () => {
    expect(dueState(inHours(-0.01), now, WARNING_WINDOWS.action_due)).toBe("overdue");
    expect(dueState(now, now, WARNING_WINDOWS.action_due)).toBe("due_soon");
    expect(dueState(inHours(7 * 24), now, WARNING_WINDOWS.action_due)).toBe("due_soon");
    expect(dueState(inHours(7 * 24 + 1), now, WARNING_WINDOWS.action_due)).toBe("upcoming");
  });

  it("warns 6 hours ahead of an incident obligation", () => {
    expect(dueState(inHours(6), now, WARNING_WINDOWS.incident_obligation)).toBe("due_soon");
    expect(dueState(inHours(6.5), now, WARNING_WINDOWS.incident_obligation)).toBe("upcoming");
  });
});
