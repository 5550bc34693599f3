import "server-only";
import { db } from "../db/client";
import { tooManyRequests } from "../errors";

// Requests to public endpoints, counted in the database so the limits hold across app instances.
const WINDOW_MS = 15 * 60 * 1000;
const PRUNE_EVERY_MS = 60_000;
let lastPrune = 0;
// Advisory-lock namespace (first key of pg_advisory_xact_lock(int, int)), apart from sign-in's 7301/7302.
const LOCK_BUCKET = 7303;

export interface Limit {
  bucket: string;
  max: number;
}

/**
 * Counts this request in every bucket and refuses it (429) when any bucket already holds `max`
 * requests within the window. Each bucket is locked while counting, so parallel requests are
 * counted one after another; buckets are locked in sorted order, never in a circle.
 */
export async function throttlePublic(limits: Limit[]): Promise<void> {
  const since = new Date(Date.now() - WINDOW_MS);
  const sorted = [...limits].sort((a, b) => a.bucket.localeCompare(b.bucket));
  const admitted = await db.$transaction(async (tx) => {
    for (const { bucket, max } of sorted) {
      await tx.$queryRaw`SELECT 1 FROM pg_advisory_xact_lock(${LOCK_BUCKET}::int, hashtext(${bucket}))`;
      const count = await tx.publicRequestHit.count({ where: { bucket, at: { gte: since } } });
      if (count >= max) return false;
    }
    await tx.publicRequestHit.createMany({ data: sorted.map(({ bucket }) => ({ bucket })) });
    return true;
  });
  if (Date.now() - lastPrune > PRUNE_EVERY_MS) {
    lastPrune = Date.now();
    const before = new Date(Date.now() - WINDOW_MS);
    await db.$executeRaw`DELETE FROM "PublicRequestHit" WHERE "id" IN (SELECT "id" FROM "PublicRequestHit" WHERE "at" < ${before} LIMIT 1000)`;
  }
  if (!admitted) throw tooManyRequests();
}
