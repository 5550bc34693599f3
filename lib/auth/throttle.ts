import "server-only";
import { db } from "../db/client";

// Failed sign-ins are counted in the database, so the limit holds across app instances.
const WINDOW_MS = 15 * 60 * 1000;
const MAX_FAILURES_PER_ACCOUNT = 5;
const MAX_FAILURES_PER_ADDRESS = 20;

export async function isThrottled(email: string, ip: string): Promise<boolean> {
  const since = new Date(Date.now() - WINDOW_MS);
  const [byAccount, byAddress] = await Promise.all([
    db.loginAttempt.count({ where: { email: email.toLowerCase(), ip, success: false, at: { gte: since } } }),
    db.loginAttempt.count({ where: { ip, success: false, at: { gte: since } } }),
  ]);
  return byAccount >= MAX_FAILURES_PER_ACCOUNT || byAddress >= MAX_FAILURES_PER_ADDRESS;
}

export async function recordLoginAttempt(email: string, ip: string, success: boolean): Promise<void> {
  const normalized = email.toLowerCase();
  await db.$transaction([
    db.loginAttempt.create({ data: { email: normalized, ip, success } }),
    // A success clears the account's failures from this address.
    ...(success ? [db.loginAttempt.deleteMany({ where: { email: normalized, ip, success: false } })] : []),
  ]);
}

export function clientAddress(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "local";
}
