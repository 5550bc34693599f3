import { describe, expect, it, vi } from "vitest";
import { db } from "./client";
import { applyMigrations } from "./migrate";

// Prisma's schema engine takes pg_advisory_lock(72707369) and never unlocks it; a second app
// instance starting on the same database waits for that lock, so it must go with the engine's pool.
const MIGRATION_LOCK = 72707369;

async function migrationLocksHeld(): Promise<number> {
  const rows = await db.$queryRaw<Array<{ n: number }>>`
    SELECT count(*)::int AS n FROM pg_locks l JOIN pg_database d ON d.oid = l.database
    WHERE d.datname = current_database() AND l.locktype = 'advisory' AND l.granted AND l.objid = ${MIGRATION_LOCK}::oid`;
  return rows[0].n;
}

describe("applyMigrations", () => {
  it("leaves no migration lock behind, so the next instance's start does not wait", async () => {
    const url = process.env.DATABASE_URL!;
    expect(await applyMigrations(url)).toEqual([]);
    await vi.waitFor(async () => expect(await migrationLocksHeld()).toBe(0), { timeout: 2_000, interval: 50 });
    // Two instances starting at once: both finish, neither times out on the lock.
    expect(await Promise.all([applyMigrations(url), applyMigrations(url)])).toEqual([[], []]);
  });
});
