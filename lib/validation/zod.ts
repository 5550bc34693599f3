import { z } from "zod";
import { humanErrors } from "./error-map";

// Validation messages in Swedish for every schema: the API always answers in Swedish. In the browser
// the forms follow the page's language (also set by LocaleProvider when the language is switched);
// this module may load after the provider has rendered, so it reads the language itself.
const browserLanguage = typeof document === "undefined" ? undefined : document.documentElement.lang;
z.config(humanErrors(browserLanguage));
// Zod probes for eval (`Function("")`) on first use to compile faster parsers; the pages'
// Content-Security-Policy forbids eval, so in the browser it parses without that.
if (typeof document !== "undefined") z.config({ jitless: true });

export { z };

export const NUL_MESSAGE = "Texten innehåller otillåtna tecken.";
export const UNKNOWN_FIELD_MESSAGE = "Okänt fält.";

/**
 * Every free-text string of a body or query. PostgreSQL text cannot hold NUL (U+0000): it is a 400
 * naming the field here rather than a database error later.
 */
export const text = () => z.string().refine((value) => !value.includes("\u0000"), { message: NUL_MESSAGE });

/**
 * Every write body (and the objects inside it): a field the schema does not know is a 400 naming
 * it, never silently dropped. `.extend()`, `.partial()`, `.pick()` and `.omit()` keep this.
 */
export const writeObject = <Shape extends z.core.$ZodLooseShape>(shape: Shape) =>
  z.strictObject(shape, { error: (issue) => (issue.code === "unrecognized_keys" ? UNKNOWN_FIELD_MESSAGE : undefined) });

/** Optional text from a form or JSON: "" and null both mean "not set". */
export const optionalText = (max = 5000) =>
  text()
    .trim()
    .max(max)
    .nullish()
    .transform((value) => (value === undefined ? undefined : value || null))
    .optional();

/** ISO 8601 date or date-time; a form's "" means "not set". */
export const optionalDate = () =>
  z
    .union([z.iso.datetime({ offset: true }), z.iso.date(), z.literal(""), z.null()])
    .optional()
    .transform((value) => (value ? new Date(value) : value === undefined ? undefined : null))
    .optional();

export const requiredDate = () =>
  z.union([z.iso.datetime({ offset: true }), z.iso.date()]).transform((value) => new Date(value));

export const id = () => z.uuid();

/** Every PATCH carries the version it was based on. */
export const versionField = z.number().int().positive();
