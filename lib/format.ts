import { TIME_ZONE } from "./dates";
import type { Locale } from "./i18n/locale";

// Dates are always shown the Swedish way (ÅÅÅÅ-MM-DD), in Swedish time, whatever the language.
const dateFormat = new Intl.DateTimeFormat("sv-SE", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });
const dateTimeFormat = new Intl.DateTimeFormat("sv-SE", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" });

type DateInput = string | Date | null | undefined;
const toDate = (value: DateInput) => (value ? (value instanceof Date ? value : new Date(value)) : null);

export function formatDate(value: DateInput): string {
  const date = toDate(value);
  return date ? dateFormat.format(date) : "–";
}

export function formatDateTime(value: DateInput): string {
  const date = toDate(value);
  return date ? dateTimeFormat.format(date) : "–";
}

const numberLocale = (locale: Locale) => (locale === "sv" ? "sv-SE" : "en-GB");

export function formatPercent(value: number | null | undefined, locale: Locale = "sv"): string {
  if (value === null || value === undefined) return "–";
  return new Intl.NumberFormat(numberLocale(locale), { style: "percent", maximumFractionDigits: 0 }).format(value);
}

export function formatNumber(value: number | null | undefined, locale: Locale = "sv", maximumFractionDigits = 1): string {
  if (value === null || value === undefined) return "–";
  return new Intl.NumberFormat(numberLocale(locale), { maximumFractionDigits }).format(value);
}

/** yyyy-mm-dd for <input type="date"> from an ISO string. */
export function dateInputValue(value: DateInput): string {
  return toDate(value) ? formatDate(value) : "";
}
