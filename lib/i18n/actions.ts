"use server";
import { cookies } from "next/headers";
import { sessionPrincipal } from "../auth/principal";
import { db } from "../db/client";
import { isLocale, LOCALE_COOKIE } from "./locale";

/** The language switch: a cookie read on every request, and the signed-in user's language for reminder mails. */
export async function setLocale(locale: string): Promise<void> {
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", maxAge: 60 * 60 * 24 * 365 });
  const principal = await sessionPrincipal();
  if (principal) await db.user.update({ where: { id: principal.userId }, data: { locale } });
}
