"use server";
import { cookies } from "next/headers";
import { isLocale, LOCALE_COOKIE } from "./locale";

/** The language switch: a cookie read on every request. */
export async function setLocale(locale: string): Promise<void> {
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", maxAge: 60 * 60 * 24 * 365 });
}
