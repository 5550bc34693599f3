import { tz, TZDate } from "@date-fns/tz";
import { addDays, addMonths, format, startOfDay, subMonths } from "date-fns";

/**
 * The one calendar of the app. Swedish organisations live on the Europe/Stockholm wall clock: "the
 * day an incident occurred", "the month" of a trend and "one calendar month later" are read there;
 * elapsed-time deadlines (6 h, 24 h, 72 h) are plain milliseconds and need no calendar.
 */
export const TIME_ZONE = "Europe/Stockholm";

const inStockholm = tz(TIME_ZONE);
const stockholm = (date: Date | number) => new TZDate(typeof date === "number" ? date : date.getTime(), TIME_ZONE);

// Files of 100 000 rows format hundreds of thousands of instants. Stockholm's offset from UTC
// changes only on whole UTC hours (01:00Z at the DST changes), so it is read once per UTC hour
// with Intl and kept; the wall clock is then plain arithmetic.
const HOUR_MS = 3_600_000;
const WALL_CLOCK = new Intl.DateTimeFormat("en-US", {
  timeZone: TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  second: "numeric",
});
const offsetByHour = new Map<number, number>();

function stockholmOffsetMs(instant: number): number {
  const hour = Math.floor(instant / HOUR_MS);
  let offset = offsetByHour.get(hour);
  if (offset === undefined) {
    const part = Object.fromEntries(WALL_CLOCK.formatToParts(new Date(hour * HOUR_MS)).map((p) => [p.type, Number(p.value)]));
    offset = Date.UTC(part.year, part.month - 1, part.day, part.hour, part.minute, part.second) - hour * HOUR_MS;
    if (offsetByHour.size > 200_000) offsetByHour.clear();
    offsetByHour.set(hour, offset);
  }
  return offset;
}

/**
 * The Stockholm wall clock of an instant as a Date whose UTC fields read it. A spreadsheet has no
 * time zones: it shows the UTC fields it is given, so 08:10Z must arrive as 09:10 (10:10 in summer).
 */
export const stockholmWallClock = (date: Date): Date => new Date(date.getTime() + stockholmOffsetMs(date.getTime()));

/** "YYYY-MM-DD" of the Stockholm calendar day. */
export const stockholmDay = (date: Date): string => stockholmWallClock(date).toISOString().slice(0, 10);

/** "YYYY-MM" of the Stockholm calendar month. */
export const stockholmMonth = (date: Date): string => format(date, "yyyy-MM", { in: inStockholm });

export const stockholmYear = (date: Date): number => stockholm(date).getFullYear();

/** Midnight in Stockholm at the start of a "YYYY-MM-DD" day. */
export function startOfStockholmDay(day: string): Date {
  const [year, month, dayOfMonth] = day.split("-").map(Number);
  return new Date(new TZDate(year, month - 1, dayOfMonth, TIME_ZONE).getTime());
}

/** Same wall-clock time `months` calendar months later; the 31st becomes the month's last day. */
export const addCalendarMonths = (date: Date, months: number): Date => new Date(addMonths(stockholm(date), months).getTime());

/** Same wall-clock time `days` calendar days later (a "4 weeks" deadline over a DST change keeps its hour). */
export const addCalendarDays = (date: Date, days: number): Date => new Date(addDays(stockholm(date), days).getTime());

/** The previous `count` Stockholm months ending with the month of `now`, oldest first. */
export function lastMonths(now: Date, count: number): string[] {
  const month = stockholm(now);
  return Array.from({ length: count }, (_, i) => format(subMonths(month, count - 1 - i), "yyyy-MM"));
}

/** Start of today in Stockholm, as an instant. */
export const startOfStockholmToday = (now = new Date()): Date => new Date(startOfDay(stockholm(now)).getTime());

/** Today's Stockholm date as a date-only value (UTC midnight), the way date columns store a day. */
export const stockholmToday = (now = new Date()): Date => new Date(`${stockholmDay(now)}T00:00:00Z`);

/** "YYYY-MM-DD HH:mm" on the Stockholm wall clock, the way a Swede reads an instant in a file. */
export function stockholmDateTime(date: Date): string {
  const wall = stockholmWallClock(date).toISOString();
  return `${wall.slice(0, 10)} ${wall.slice(11, 16)}`;
}
