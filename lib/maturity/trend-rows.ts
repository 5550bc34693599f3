import { eachMonthOfInterval, format } from "date-fns";
import { stockholmMonth } from "../dates";

/** Months from `first` to `last` ("YYYY-MM", both included). */
const monthsBetween = (first: string, last: string): string[] =>
  eachMonthOfInterval({ start: new Date(`${first}-01T12:00:00Z`), end: new Date(`${last}-01T12:00:00Z`) }).map((month) => format(month, "yyyy-MM"));

/**
 * The trend chart's rows on a time axis: one row per calendar month from the first session to the
 * last, sessions in their month and empty months without values, so a year between two dialogues
 * looks like a year and a month like a month. Two sessions in one month: the later one counts.
 */
export function monthlyTrendRows<Point extends { heldAt: string }>(
  sessions: Point[],
  values: (session: Point, index: number) => Record<string, number | null>,
): { month: string; values: Record<string, number | null> | null }[] {
  if (sessions.length === 0) return [];
  const byMonth = new Map(sessions.map((session, index) => [stockholmMonth(new Date(session.heldAt)), values(session, index)]));
  const months = [...byMonth.keys()].sort();
  return monthsBetween(months[0], months[months.length - 1]).map((month) => ({ month, values: byMonth.get(month) ?? null }));
}
