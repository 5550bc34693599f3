/**
 * Calendar arithmetic in Swedish time. Incidents happen to Swedish organisations, so "the day an
 * incident occurred", "the month" of the trend and "one calendar month later" are all read on the
 * Europe/Stockholm wall clock; elapsed-time deadlines (6 h, 24 h, 72 h) are plain milliseconds.
 */
export const TIME_ZONE = "Europe/Stockholm";

const formatter = new Intl.DateTimeFormat("en-GB", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

interface WallClock {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

export function stockholmClock(date: Date): WallClock {
  const parts = Object.fromEntries(formatter.formatToParts(date).map((part) => [part.type, part.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    millisecond: date.getUTCMilliseconds(),
  };
}

const asUtc = (c: WallClock) => Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second, c.millisecond);

/** The instant at which Stockholm's wall clock shows `clock` (the later one in an ambiguous hour). */
export function fromStockholmClock(clock: WallClock): Date {
  const wall = asUtc(clock);
  const offsetAt = (instant: number) => asUtc(stockholmClock(new Date(instant))) - instant;
  let instant = wall - offsetAt(wall);
  const corrected = wall - offsetAt(instant);
  if (corrected !== instant) instant = corrected;
  return new Date(instant);
}

const pad = (value: number, length = 2) => String(value).padStart(length, "0");

/** "YYYY-MM-DD" of the Stockholm calendar day. */
export function stockholmDay(date: Date): string {
  const c = stockholmClock(date);
  return `${c.year}-${pad(c.month)}-${pad(c.day)}`;
}

/** "YYYY-MM" of the Stockholm calendar month. */
export function stockholmMonth(date: Date): string {
  return stockholmDay(date).slice(0, 7);
}

export function stockholmYear(date: Date): number {
  return stockholmClock(date).year;
}

/** Midnight in Stockholm at the start of a "YYYY-MM-DD" day. */
export function startOfStockholmDay(day: string): Date {
  const [year, month, dayOfMonth] = day.split("-").map(Number);
  return fromStockholmClock({ year, month, day: dayOfMonth, hour: 0, minute: 0, second: 0, millisecond: 0 });
}

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Same wall-clock time `months` calendar months later; the 31st becomes the month's last day. */
export function addCalendarMonths(date: Date, months: number): Date {
  const c = stockholmClock(date);
  const index = c.year * 12 + (c.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return fromStockholmClock({ ...c, year, month, day: Math.min(c.day, daysInMonth(year, month)) });
}

/** Same wall-clock time `days` calendar days later (a "4 weeks" deadline over a DST change keeps its hour). */
export function addCalendarDays(date: Date, days: number): Date {
  const c = stockholmClock(date);
  const shifted = new Date(Date.UTC(c.year, c.month - 1, c.day + days));
  return fromStockholmClock({ ...c, year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() });
}

/** The previous `count` Stockholm months ending with the month of `now`, oldest first. */
export function lastMonths(now: Date, count: number): string[] {
  const c = stockholmClock(now);
  return Array.from({ length: count }, (_, i) => {
    const index = c.year * 12 + (c.month - 1) - (count - 1 - i);
    return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
  });
}
