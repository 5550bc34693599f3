"use client";
import { createContext, useContext, type ReactNode } from "react";
import type { Locale, Localized } from "./locale";

const LocaleContext = createContext<Locale>("sv");

export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

export const useLocale = () => useContext(LocaleContext);

/** The messages of a module in the current language, for client components. */
export function useMessages<T>(messages: Localized<T>): T {
  return messages[useLocale()];
}
