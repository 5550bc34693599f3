import "server-only";
import { db, type Tx } from "../db/client";
import { tooManyRequests } from "../errors";

// Advisory-lock namespace (first key of pg_advisory_xact_lock(int, int)); lib/auth/throttle.ts uses 7301–7302.
const LOCK_IMPORT = 7310;

export const IMPORT_BUSY_MESSAGE = "Du har redan en import som pågår. Vänta tills den är klar och försök sedan igen.";

/** Imports at once in this process, parse and save; more wait their turn, holding no database connection. */
const PARALLEL_IMPORTS = 2;
let running = 0;
const waiting: (() => void)[] = [];

async function takeTurn(): Promise<() => void> {
  if (running < PARALLEL_IMPORTS) running++;
  else await new Promise<void>((resolve) => waiting.push(resolve));
  // The turn passes straight to the next in line, so `running` only drops when nobody waits.
  return () => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };
}

/**
 * Runs one import of a user inside a transaction that holds a PostgreSQL advisory lock on the
 * user: a second import by the same user, on any app instance, is a 429 rather than a second
 * parse. The lock ends with the transaction, also when the import fails or the process dies.
 */
export async function withImportLock<T>(userId: string, work: (tx: Tx) => Promise<T>, options: { timeout: number; maxWait: number }): Promise<T> {
  const release = await takeTurn();
  try {
    return await db.$transaction(async (tx) => {
      const [{ locked }] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${LOCK_IMPORT}::int, hashtext(${userId})) AS locked`;
      if (!locked) throw tooManyRequests(IMPORT_BUSY_MESSAGE);
      return work(tx);
    }, options);
  } finally {
    release();
  }
}
