import { z } from "zod";

// Validation messages in Swedish for every schema: the API always answers in Swedish. In the browser
// the forms follow the page's language (also set by LocaleProvider when the language is switched);
// this module may load after the provider has rendered, so it reads the language itself.
const browserLanguage = typeof document === "undefined" ? undefined : document.documentElement.lang;
z.config(browserLanguage === "en" ? z.locales.en() : z.locales.sv());

export { z };

/** Optional text from a form or JSON: "" and null both mean "not set". */
export const optionalText = (max = 5000) =>
  z
    .string()
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
