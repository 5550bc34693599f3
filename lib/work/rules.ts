import type { DueState } from "./types";

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** How long before the due time each register warns (milliseconds). */
export const WARNING_WINDOWS = {
  action_due: 7 * DAY,
  // A yearly review is planned weeks ahead: two weeks' notice, like a risk review.
  asset_review: 14 * DAY,
  risk_review: 14 * DAY,
  // The shortest legal deadline is 6 h (MSBFS 2020:8), so the warning cannot be longer.
  incident_obligation: 6 * HOUR,
} as const;

/** Where a due time stands at `now`, given the kind's warning window. */
export function dueState(dueAt: Date, now: Date, windowMs: number): DueState {
  const left = dueAt.getTime() - now.getTime();
  if (left < 0) return "overdue";
  return left <= windowMs ? "due_soon" : "upcoming";
}

/** The latest due time a reminder pass needs to read: anything later is only `upcoming`. */
export const warnBefore = (now: Date, windowMs: number): Date => new Date(now.getTime() + windowMs);
