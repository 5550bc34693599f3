export const LOCALES = ["sv", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const LOCALE_COOKIE = "isms_locale";

/** A message module: the same keys in Swedish (first) and English. */
export type Localized<T> = { sv: T; en: T };

export const isLocale = (value: string | undefined): value is Locale => LOCALES.includes(value as Locale);
