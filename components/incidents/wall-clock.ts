import { z } from "@/lib/validation/zod";

const pad = (value: number) => String(value).padStart(2, "0");

/** "YYYY-MM-DDTHH:mm" on the browser's clock, for <input type="datetime-local">. */
export function localInputValue(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * A date-time from the form as the API wants it: "YYYY-MM-DDTHH:mm" (the user's wall clock) becomes
 * an ISO instant; a plain "YYYY-MM-DD" (an approximate day) stays a date.
 */
export const wallClockField = (message: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$/, message)
    .transform((value) => (value.length === 10 ? value : new Date(value).toISOString()));
