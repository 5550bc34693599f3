import { describe, expect, it } from "vitest";
import { coverageOf, dueSoonLimit, onTimeForNewStaff, personGroups, weakAreas } from "./rules";

const now = new Date("2026-11-27T12:00:00Z");
const yearly = { status: "active" as const, recurrenceMonths: 12, newStaffWithinDays: null };
const person = { startedAt: new Date("2020-01-01T00:00:00Z") };

describe("competence rules", () => {
  it("tells current, due soon, overdue and never apart for a yearly course", () => {
    expect(coverageOf(yearly, person, new Date("2025-10-27T12:00:00Z"), now).status).toBe("overdue");
    expect(coverageOf(yearly, person, new Date("2025-12-27T12:00:00Z"), now).status).toBe("current");
    expect(coverageOf(yearly, person, new Date("2025-12-20T12:00:00Z"), now)).toEqual({ status: "due_soon", dueAt: new Date("2026-12-20T12:00:00Z") });
    expect(coverageOf(yearly, person, null, now)).toEqual({ status: "never", dueAt: null });
  });

  it("sets no due date for a paused training and dates a new starter's course from the start", () => {
    expect(coverageOf({ ...yearly, status: "paused" }, person, new Date("2025-01-01T00:00:00Z"), now)).toEqual({ status: "overdue", dueAt: null });
    const intro = { status: "active" as const, recurrenceMonths: null, newStaffWithinDays: 30 };
    expect(coverageOf(intro, { startedAt: new Date("2026-11-01T00:00:00Z") }, null, now)).toEqual({ status: "never", dueAt: new Date("2026-12-01T00:00:00Z") });
    expect(coverageOf(intro, person, new Date("2020-01-05T00:00:00Z"), now).status).toBe("current");
  });

  it("derives all_staff and new_staff, and judges the new-staff deadline", () => {
    expect(personGroups({ targetGroups: ["it"], startedAt: new Date("2026-10-01T00:00:00Z") }, now)).toEqual(["all_staff", "it", "new_staff"]);
    expect(personGroups({ targetGroups: [], startedAt: new Date("2020-10-01T00:00:00Z") }, now)).toEqual(["all_staff"]);
    expect(onTimeForNewStaff(new Date("2026-10-01T00:00:00Z"), 30, new Date("2026-10-31T00:00:00Z"))).toBe(true);
    expect(onTimeForNewStaff(new Date("2026-10-01T00:00:00Z"), 30, new Date("2026-11-02T00:00:00Z"))).toBe(false);
    expect(dueSoonLimit(now).toISOString()).toBe("2026-12-27T00:00:00.000Z");
    expect(weakAreas([{ area: "rules", score: 40 }, { area: "threats_risks", score: 80 }])).toEqual(["rules"]);
  });
});

describe("month arithmetic", () => {
  it("clamps to the month's end as PostgreSQL does", () => {
    const at = (iso: string) => coverageOf({ status: "active", recurrenceMonths: 1, newStaffWithinDays: null }, person, new Date(iso), new Date("2020-01-01T00:00:00Z")).dueAt?.toISOString();
    expect(at("2026-01-31T10:00:00Z")).toBe("2026-02-28T10:00:00.000Z");
    expect(at("2024-01-31T10:00:00Z")).toBe("2024-02-29T10:00:00.000Z");
    expect(at("2026-03-15T23:30:00Z")).toBe("2026-04-15T23:30:00.000Z");
  });
});
