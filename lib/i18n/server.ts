import "server-only";
import { cookies } from "next/headers";
import { isLocale, LOCALE_COOKIE, type Locale, type Localized } from "./locale";

/** The user's language: the cookie set by the language switch, Swedish by default. */
export async function getLocale(): Promise<Locale> {
  const value = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(value) ? value : "sv";
}

/** The messages of a module in the user's language. */
export async function getMessages<T>(messages: Localized<T>): Promise<T> {
  return messages[await getLocale()];
}
