"use client";
import { createContext, useContext, type ReactNode } from "react";
import { z } from "zod";
import { humanErrors } from "../validation/error-map";
import type { Locale, Localized } from "./locale";

const LocaleContext = createContext<Locale>("sv");

export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  // Form validation runs in the browser with the shared zod schemas: give its messages the UI's
  // language. Only in the browser: on the server the config is process-wide and the API stays Swedish.
  if (typeof window !== "undefined") z.config(humanErrors(locale));
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

export const useLocale = () => useContext(LocaleContext);

/** The messages of a module in the current language, for client components. */
export function useMessages<T>(messages: Localized<T>): T {
  return messages[useLocale()];
}
