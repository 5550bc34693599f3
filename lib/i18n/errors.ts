import type { ErrorParams } from "../errors";
import { errorTexts, type ErrorCode } from "./error-messages";
import type { Locale } from "./locale";

export type { ErrorCode };
export const ERROR_CODES = Object.keys(errorTexts.sv) as ErrorCode[];

export const isErrorCode = (code: string): code is ErrorCode => Object.hasOwn(errorTexts.sv, code);

/** The UI's wording of an API error `code` in the reader's language; undefined for a code it does not know. */
export function errorText(code: string, params: ErrorParams | undefined, locale: Locale): string | undefined {
  return isErrorCode(code) ? errorTexts[locale][code](params ?? {}) : undefined;
}

/**
 * Codes whose server message says more than the code (which file column is missing, which rule the
 * role broke): the server writes Swedish, so a Swedish reader gets that message as it is.
 */
const GENERIC: ReadonlySet<string> = new Set(["validation_error", "forbidden", "not_found", "conflict", "duplicate", "too_many_requests"]);

/** What the UI says for a failed call: the code worded in the reader's language, else the server's message. */
export function apiErrorText(error: { code: string; message: string; params?: ErrorParams }, locale: Locale): string {
  if (locale === "sv" && GENERIC.has(error.code)) return error.message;
  return errorText(error.code, error.params, locale) ?? error.message;
}
