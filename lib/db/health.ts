import "server-only";
import { setImmediate as nextTurn, setTimeout as delay } from "node:timers/promises";
import { db } from "./client";

/** A timer this much later than asked means the event loop was busy, not that the database was slow. */
const LAG_TOLERANCE_MS = 100;
/** Busy spells the probe waits out before it answers anyway. */
const MAX_ROUNDS = 5;

const selectOne = () => db.$queryRaw`SELECT 1`;

/**
 * A cheap round trip, bounded so a hung database answers "down" rather than hanging the probe.
 * Only time the event loop was free to read the answer counts: when the timer itself fired late
 * (the process was busy), the probe gets its time again, so a busy server is not reported as a
 * database outage.
 */
export async function databaseUp(timeoutMs = 2000, query: () => Promise<unknown> = selectOne): Promise<boolean> {
  const probe = query().then(
    () => true,
    () => false,
  );
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const abort = new AbortController();
    const started = performance.now();
    const answer = await Promise.race([probe, delay(timeoutMs, null, { signal: abort.signal }).catch(() => null)]);
    abort.abort();
    if (answer !== null) return answer;
    if (performance.now() - started - timeoutMs < LAG_TOLERANCE_MS) break;
  }
  // An answer that arrived while the timer was due is read in this turn of the event loop.
  return Promise.race([probe, nextTurn(false)]);
}
