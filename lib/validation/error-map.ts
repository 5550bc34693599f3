import type { z } from "zod";

/**
 * Validation messages a person understands, in Swedish and English, for every schema: zod's own
 * locale texts ("För lite(t): förväntade string att ha >=1 tecken", "Ogiltig(t) UUID") never reach a
 * user. A schema that knows its field better gives its own message; this is the fallback.
 */
type Issue = z.core.$ZodRawIssue;
type Lang = "sv" | "en";

const texts = {
  sv: {
    required: "Fältet måste fyllas i.",
    number: "Ange ett tal.",
    integer: "Ange ett heltal.",
    boolean: "Välj ja eller nej.",
    list: "Välj ett eller flera alternativ.",
    shape: "Uppgifterna har fel form.",
    text: "Ange en text.",
    choice: "Välj ett av alternativen i listan.",
    maxText: (n: number) => `Får vara högst ${n} tecken.`,
    minText: (n: number) => `Måste vara minst ${n} tecken.`,
    max: (n: number) => `Får vara högst ${n}.`,
    min: (n: number) => `Måste vara minst ${n}.`,
    maxItems: (n: number) => `Välj högst ${n}.`,
    minItems: (n: number) => (n === 1 ? "Välj minst ett alternativ." : `Välj minst ${n}.`),
    email: "Ange en giltig e-postadress, t.ex. namn@kommun.se.",
    date: "Ange datum som ÅÅÅÅ-MM-DD.",
    dateTime: "Ange datum och tid som ÅÅÅÅ-MM-DD TT:MM.",
    time: "Ange tid som TT:MM.",
    url: "Ange en webbadress som börjar med https://.",
    format: "Värdet har fel format.",
    unknownFields: (keys: string[]) => (keys.length === 1 ? "Okänt fält." : `Okända fält: ${keys.join(", ")}.`),
    check: "Kontrollera värdet.",
  },
  en: {
    required: "This field is required.",
    number: "Enter a number.",
    integer: "Enter a whole number.",
    boolean: "Choose yes or no.",
    list: "Choose one or more options.",
    shape: "The data has the wrong shape.",
    text: "Enter a text.",
    choice: "Choose one of the options in the list.",
    maxText: (n: number) => `At most ${n} characters.`,
    minText: (n: number) => `At least ${n} characters.`,
    max: (n: number) => `At most ${n}.`,
    min: (n: number) => `At least ${n}.`,
    maxItems: (n: number) => `Choose at most ${n}.`,
    minItems: (n: number) => (n === 1 ? "Choose at least one option." : `Choose at least ${n}.`),
    email: "Enter a valid e-mail address, e.g. name@example.org.",
    date: "Enter the date as YYYY-MM-DD.",
    dateTime: "Enter the date and time as YYYY-MM-DD HH:MM.",
    time: "Enter the time as HH:MM.",
    url: "Enter a web address starting with https://.",
    format: "The value has the wrong format.",
    unknownFields: (keys: string[]) => (keys.length === 1 ? "Unknown field." : `Unknown fields: ${keys.join(", ")}.`),
    check: "Check the value.",
  },
};

type Texts = (typeof texts)["sv"];

const bound = (value: number | bigint | Date) => (value instanceof Date ? value.getTime() : Number(value));

function formatMessage(t: Texts, format: string): string {
  if (format === "email") return t.email;
  if (format === "uuid" || format === "guid" || format.startsWith("uuidv")) return t.choice;
  if (format === "date") return t.date;
  if (format === "datetime") return t.dateTime;
  if (format === "time") return t.time;
  if (format === "url") return t.url;
  return t.format;
}

function message(t: Texts, issue: Issue): string {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined || issue.input === null || issue.input === "") return t.required;
      if (issue.expected === "number" || issue.expected === "int" || issue.expected === "bigint") return t.number;
      if (issue.expected === "boolean") return t.boolean;
      if (issue.expected === "array") return t.list;
      if (issue.expected === "date") return t.date;
      if (issue.expected === "string") return t.text;
      return t.shape;
    case "invalid_value":
      return t.choice;
    case "too_big": {
      const max = bound(issue.maximum);
      if (issue.origin === "string") return t.maxText(max);
      if (issue.origin === "array" || issue.origin === "set") return t.maxItems(max);
      if (issue.origin === "date") return t.check;
      return t.max(max);
    }
    case "too_small": {
      const min = bound(issue.minimum);
      if (issue.origin === "string") return min <= 1 ? t.required : t.minText(min);
      if (issue.origin === "array" || issue.origin === "set") return t.minItems(min);
      if (issue.origin === "date") return t.check;
      return t.min(min);
    }
    case "invalid_format":
      return formatMessage(t, issue.format);
    case "not_multiple_of":
      return Number(issue.divisor) === 1 ? t.integer : t.check;
    case "unrecognized_keys":
      return t.unknownFields(issue.keys);
    case "invalid_union": {
      // A date field accepts a date, a date-time or "": say what a date looks like.
      const nested = issue.errors.flat();
      if (nested.some((inner) => inner.code === "invalid_format" && (inner.format === "date" || inner.format === "datetime"))) return t.date;
      return t.check;
    }
    default:
      return t.check;
  }
}

/** For `z.config(...)`: the human messages in the given language. */
export function humanErrors(lang: string | undefined): { localeError: (issue: Issue) => string } {
  const t = texts[(lang === "en" ? "en" : "sv") satisfies Lang];
  return { localeError: (issue) => message(t, issue) };
}
