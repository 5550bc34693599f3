"use client";
import { useState } from "react";
import type { FieldValues, UseFormReturn, UseFormSetError } from "react-hook-form";
import { useLocale, useMessages } from "@/lib/i18n/client";
import { apiErrorText } from "@/lib/i18n/errors";
import type { Locale } from "@/lib/i18n/locale";
import { coreMessages, type CoreMessages } from "@/lib/i18n/messages";
import { ApiError, applyServerErrors } from "./api";
import { setFlash } from "./flash";

/** What a form or button says after a call: the error, or a success message. */
export interface FormNote {
  text: string;
  tone: "error" | "success";
}

interface Options {
  /**
   * Show our own "changed by someone else" text for a stale version (409 conflict) instead of
   * the server's. Set by the forms that send `version`.
   */
  conflict?: boolean;
}

/**
 * The message for a failed call, worded from its `code` in the reader's language; field errors go
 * onto the form when there is one.
 */
function failureText(error: unknown, common: CoreMessages["common"], locale: Locale, conflict: boolean, setError?: UseFormSetError<FieldValues>): string {
  if (conflict && error instanceof ApiError && error.status === 409 && error.code === "conflict") return common.conflict;
  // Without a form the field errors have nowhere to go; the summary message still says what failed.
  const fallback = applyServerErrors(error, setError ?? (() => undefined), common.errorGeneric);
  return error instanceof ApiError ? apiErrorText(error, locale) : fallback;
}

/**
 * A button's call to the API (complete, review, draft…): `busy` while it runs, then the message.
 * The action returns a success text to show, or nothing (e.g. when it navigates away).
 */
export function useApiAction({ conflict = false }: Options = {}) {
  const common = useMessages(coreMessages).common;
  const locale = useLocale();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<FormNote | null>(null);
  const run = async (action: () => Promise<string | void>, setError?: UseFormSetError<FieldValues>) => {
    setBusy(true);
    setMessage(null);
    try {
      const done = await action();
      if (done) setMessage({ text: done, tone: "success" });
    } catch (error) {
      setMessage({ text: failureText(error, common, locale, conflict, setError), tone: "error" });
    } finally {
      setBusy(false);
    }
  };
  return { busy, message, run };
}

/**
 * The submit of a react-hook-form form that saves through /api/v1: the values are validated by
 * the form's zod schema first, the server's field errors land on the fields, and the rest becomes
 * the form message. `submit(action)` gives the form's onSubmit handler.
 */
export function useApiSubmit<TInput extends FieldValues, TOutput extends FieldValues>(
  form: Pick<UseFormReturn<TInput, unknown, TOutput>, "handleSubmit" | "setError">,
  options: Options = {},
) {
  const { message, run } = useApiAction(options);
  const saved = useMessages(coreMessages).common.saved;
  // A save that navigates away says "Sparat." on the page it goes to; one that stays says its own text.
  const confirmed = (action: () => Promise<string | void>) => async () => {
    const done = await action();
    if (!done) setFlash(saved);
    return done;
  };
  const submit = (action: (values: TOutput) => Promise<string | void>) =>
    form.handleSubmit((values) => run(confirmed(() => action(values)), form.setError as unknown as UseFormSetError<FieldValues>));
  return { message, submit };
}
