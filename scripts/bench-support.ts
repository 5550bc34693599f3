// Shared by the benchmark scripts: a throw-away embedded PostgreSQL, timing and percentiles.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";

type Principal = import("../lib/authz/roles").Principal;

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts an embedded PostgreSQL in a new temp folder on a free port, applies the migrations, runs
 * `work` with DATABASE_URL pointing at it, and removes everything afterwards. Modules that read
 * the database must be imported inside `work` (dynamic import), after DATABASE_URL is set.
 */
export async function withBenchDatabase(name: string, work: () => Promise<void>): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), `isms-bench-${name}-`));
  chmodSync(dir, 0o755); // the postgres user must reach it
  delete process.env.DATABASE_URL;
  process.env.ISMS_DATA_DIR = dir;
  process.env.ISMS_PG_PORT = String(await freePort());
  const { openDatabase } = await import("../lib/db/embedded");
  const { applyMigrations } = await import("../lib/db/migrate");
  const handle = await openDatabase();
  try {
    await applyMigrations(handle.url);
    process.env.DATABASE_URL = handle.url;
    await work();
    const { db } = await import("../lib/db/client");
    await db.$disconnect();
  } finally {
    await handle.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** An organisation with its org units and one CISO, as the principal the benchmarks act as. */
export async function benchOrganisation(slug: string, units: readonly string[]): Promise<Principal> {
  const { db } = await import("../lib/db/client");
  const org = await db.organization.create({ data: { name: `Benchkommun ${slug}`, slug, kind: "kommun" } });
  await db.orgUnit.createMany({ data: units.map((name) => ({ organizationId: org.id, name })) });
  const email = `ciso-${slug}@bench.se`;
  const user = await db.user.create({ data: { email, name: "Bench CISO", memberships: { create: { organizationId: org.id, role: "ciso" } } } });
  return { userId: user.id, email, name: user.name, role: "ciso", organizationId: org.id, organizationSlug: slug, organizationName: org.name, via: "token" };
}

/** Runs `work` once and prints its wall time in seconds. */
export async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  process.stdout.write(`${label.padEnd(44)} ${((performance.now() - start) / 1000).toFixed(2).padStart(7)} s\n`);
  return result;
}

export interface Sample {
  label: string;
  median: number;
  p95: number;
  target: number;
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** Warms `work` up, then runs it `runs` times one after another and returns median and p95 in ms. */
export async function sample(label: string, target: number, work: () => Promise<unknown>, runs = 20, warmup = 3): Promise<Sample> {
  for (let i = 0; i < warmup; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { label, median: percentile(times, 50), p95: percentile(times, 95), target };
}

export function printSamples(samples: readonly Sample[]): number {
  const width = Math.max(...samples.map((s) => s.label.length));
  const line = (cells: string[]) => process.stdout.write(`${cells[0].padEnd(width)}  ${cells.slice(1).map((cell) => cell.padStart(9)).join("  ")}\n`);
  line(["", "median ms", "p95 ms", "mål ms", ""]);
  let misses = 0;
  for (const s of samples) {
    const ok = s.median < s.target;
    if (!ok) misses++;
    line([s.label, s.median.toFixed(1), s.p95.toFixed(1), String(s.target), ok ? "ok" : "MISSAR"]);
  }
  return misses;
}

export const DAY = 86_400_000;

/** Deterministic pseudo-random numbers (mulberry32), so every run builds the same data. */
export function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    chance: (p: number) => next() < p,
  };
}
export type Random = ReturnType<typeof random>;

export function fail(error: unknown): never {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
}
