import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { db } from "../db/client";

// Failed sign-ins are counted in the database, so the limits hold across app instances.
const WINDOW_MS = 15 * 60 * 1000;
/** Per account and address: the sixth try within the window is refused. */
const MAX_FAILURES_PER_ACCOUNT_ADDRESS = 5;
/** Per address, whatever the accounts: spraying one password over many accounts. */
const MAX_FAILURES_PER_ADDRESS = 20;
/** Per account from all addresses: slows down (never refuses), so the owner can still sign in. */
const SLOW_DOWN_AFTER = 5;
const MAX_DELAY_MS = 8_000;
// Pruning scans for old rows (there is no index on "at" alone): once a minute per instance is plenty.
const PRUNE_EVERY_MS = 60_000;
let lastPrune = 0;
// Advisory-lock namespaces (first key of pg_advisory_xact_lock(int, int)).
const LOCK_ADDRESS = 7301;
const LOCK_ACCOUNT = 7302;

/** The one spelling of an e-mail address the throttle and the password check both use. */
export const normalizeEmail = (value: unknown): string => (typeof value === "string" ? value.trim().toLowerCase() : "");

export type Admission = { admitted: false } | { admitted: true; attemptId: string; delayMs: number };

interface Counts {
  pair: number;
  address: number;
  account: number;
}

/** Milliseconds to wait before evaluating a password, doubling with the account's failures from anywhere. */
export const slowDownMs = (accountFailures: number) =>
  accountFailures < SLOW_DOWN_AFTER ? 0 : Math.min(500 * 2 ** (accountFailures - SLOW_DOWN_AFTER), MAX_DELAY_MS);

/**
 * Decides whether a password may be evaluated and, if so, records the try as a failure before it
 * is evaluated (a success later marks it). Counting and recording happen under advisory locks on
 * the address and the account, so parallel tries are counted one after another.
 */
export async function admitLoginAttempt(email: string, address: string): Promise<Admission> {
  const since = new Date(Date.now() - WINDOW_MS);
  const admission = await db.$transaction(
    async (tx): Promise<Admission> => {
      // Always address before account, so two transactions never wait on each other in a circle.
      await tx.$queryRaw`SELECT 1 FROM pg_advisory_xact_lock(${LOCK_ADDRESS}::int, hashtext(${address}))`;
      await tx.$queryRaw`SELECT 1 FROM pg_advisory_xact_lock(${LOCK_ACCOUNT}::int, hashtext(${email}))`;
      const [counts] = await tx.$queryRaw<Counts[]>`
        SELECT count(*) FILTER (WHERE "email" = ${email} AND "ip" = ${address})::int AS "pair",
               count(*) FILTER (WHERE "ip" = ${address})::int AS "address",
               count(*) FILTER (WHERE "email" = ${email})::int AS "account"
        FROM "LoginAttempt"
        WHERE "success" = false AND "at" >= ${since} AND ("email" = ${email} OR "ip" = ${address})`;
      if (counts.pair >= MAX_FAILURES_PER_ACCOUNT_ADDRESS || counts.address >= MAX_FAILURES_PER_ADDRESS) return { admitted: false };
      const row = await tx.loginAttempt.create({ data: { email, ip: address, success: false } });
      return { admitted: true, attemptId: row.id, delayMs: slowDownMs(counts.account) };
    },
    { maxWait: 15_000, timeout: 15_000 },
  );
  if (Date.now() - lastPrune > PRUNE_EVERY_MS) {
    lastPrune = Date.now();
    await pruneLoginAttempts();
  }
  return admission;
}

/** A success clears the account's failures from this address (typos before the right password). */
async function markSucceeded(attemptId: string, email: string, address: string): Promise<void> {
  await db.$transaction([
    db.loginAttempt.update({ where: { id: attemptId }, data: { success: true } }),
    db.loginAttempt.deleteMany({ where: { email, ip: address, success: false } }),
  ]);
}

/** Rows older than the window count for nothing; a bounded delete keeps the table small. */
export async function pruneLoginAttempts(): Promise<void> {
  const before = new Date(Date.now() - WINDOW_MS);
  await db.$executeRaw`
    DELETE FROM "LoginAttempt" WHERE "id" IN (SELECT "id" FROM "LoginAttempt" WHERE "at" < ${before} LIMIT 500)`;
}

interface PendingAttempt {
  attemptId: string;
  email: string;
  address: string;
}

// The sign-in route admits a try, then next-auth calls authorize() further down the same call:
// the admitted try travels with the call, out of reach of the request body.
const pending = new AsyncLocalStorage<PendingAttempt>();

export function withLoginAttempt<T>(attempt: PendingAttempt, run: () => Promise<T>): Promise<T> {
  return pending.run(attempt, run);
}

/** True when authorize() runs inside a try the sign-in route admitted for this account. */
export const admittedFor = (email: string) => pending.getStore()?.email === email;

/** Called by authorize() once the password has been checked. */
export async function settleLoginAttempt(email: string, success: boolean): Promise<void> {
  const attempt = pending.getStore();
  if (success && attempt?.email === email) await markSucceeded(attempt.attemptId, attempt.email, attempt.address);
}
