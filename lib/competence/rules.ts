import type { CoverageStatus, TrainingStatus } from "./schema";

// Dates are stored as UTC timestamps and PostgreSQL adds intervals in UTC (coverage.ts), so the
// rules do too, whatever the server's time zone: whole UTC days, months clamped to the month's end.
const DAY = 86_400_000;
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY);
const subDays = (date: Date, days: number) => addDays(date, -days);
function addMonths(date: Date, months: number): Date {
  const target = new Date(date.getTime());
  const day = target.getUTCDate();
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() + months);
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, last));
  return target;
}

/** A completion counts as "due soon" this many days before it expires (DESIGN §6). */
export const DUE_SOON_DAYS = 30;
/**
 * Expiring before this instant is "due soon": 30 whole days from the start of today (UTC), so a
 * completion 11 months into a yearly course is still current whatever the hour (coverage.ts agrees).
 */
export const dueSoonLimit = (now: Date) => new Date(Math.floor(now.getTime() / DAY) * DAY + DUE_SOON_DAYS * DAY);

/** A person belongs to the derived group `new_staff` during this many days after `startedAt`. */
export const NEW_STAFF_DAYS = 365;
/** A unit is covered when at least this share of its active people are current. */
export const UNIT_COVERED_SHARE = 0.8;
/** Below this score (0–100) a surveyed area is weak and the survey page suggests a training. */
export const WEAK_AREA_SCORE = 60;

export interface CoverageTraining {
  status: TrainingStatus;
  recurrenceMonths: number | null;
  newStaffWithinDays: number | null;
}

export interface CoveragePerson {
  startedAt: Date | null;
}

export interface Coverage {
  status: CoverageStatus;
  dueAt: Date | null;
}

/** Active on `now`: no end date, or one still ahead. */
export const isActivePerson = (person: { endedAt: Date | null }, now: Date) => !person.endedAt || person.endedAt > now;

/** The groups a person belongs to: their own codes plus the derived `all_staff` and `new_staff`. */
export function personGroups(person: { targetGroups: string[]; startedAt: Date | null }, now: Date): string[] {
  const groups = ["all_staff", ...person.targetGroups];
  if (person.startedAt && person.startedAt > subDays(now, NEW_STAFF_DAYS)) groups.push("new_staff");
  return groups;
}

export const targets = (training: { targetGroups: string[] }, groups: string[]) => training.targetGroups.some((group) => groups.includes(group));

/**
 * A person's standing on one training at `now`: completed within the recurrence is current (due
 * soon in its last 30 days), past it overdue; never done is `never`, due `newStaffWithinDays` after
 * the start for new staff. A paused (or draft, retired) training sets no due date.
 */
export function coverageOf(training: CoverageTraining, person: CoveragePerson, lastCompletedAt: Date | null, now: Date): Coverage {
  const scheduled = training.status === "active";
  if (!lastCompletedAt) {
    const dueAt = scheduled && training.newStaffWithinDays && person.startedAt ? addDays(person.startedAt, training.newStaffWithinDays) : null;
    return { status: "never", dueAt };
  }
  if (!training.recurrenceMonths) return { status: "current", dueAt: null };
  const expires = addMonths(lastCompletedAt, training.recurrenceMonths);
  if (expires <= now) return { status: "overdue", dueAt: scheduled ? expires : null };
  const soon = expires < dueSoonLimit(now);
  return { status: soon ? "due_soon" : "current", dueAt: scheduled ? expires : null };
}

/** Counts as current for the coverage figures: `due_soon` has not yet expired. */
export const isCurrent = (status: CoverageStatus) => status === "current" || status === "due_soon";

/** Completed the new-staff training in time: by the end of the last of `days` after the start (indicators.ts agrees). */
export function onTimeForNewStaff(startedAt: Date, days: number, completedAt: Date | null): boolean {
  return completedAt !== null && completedAt < addDays(startedAt, days + 1);
}

export const share = (numerator: number, denominator: number) => (denominator === 0 ? null : numerator / denominator);

/** Click or report rate of a phishing round. */
export const rate = (count: number, recipients: number) => share(count, recipients);

/** Areas scoring below the threshold: the survey page proposes a training for each. */
export const weakAreas = <A extends string>(results: { area: A; score: number }[]) => results.filter((result) => result.score < WEAK_AREA_SCORE).map((r) => r.area);
