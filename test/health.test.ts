import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { placeEmbeddedPostgres } from "../lib/db/embedded-access";

// A database of its own that the test can stop, to show /api/health turning 503.
const dir = mkdtempSync(path.join(tmpdir(), "isms-health-"));
chmodSync(dir, 0o755);
const port = 56000 + Math.floor(Math.random() * 1000);
const { EmbeddedPostgres, databaseDir } = await placeEmbeddedPostgres(path.join(dir, "pg"));
const server = new EmbeddedPostgres({ databaseDir, port, user: "isms", password: "health", persistent: false, createPostgresUser: true, onLog: () => {} });

describe("GET /api/health", () => {
  beforeAll(async () => {
    await server.initialise();
    await server.start();
    process.env.DATABASE_URL = `postgresql://isms:health@127.0.0.1:${port}/postgres`;
    vi.resetModules();
  }, 60_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("answers ok while the database is up and 503 with db down once it stops", async () => {
    const { GET } = await import("../app/api/health/route");
    const up = await GET();
    expect(up.status).toBe(200);
    expect(await up.json()).toEqual({ status: "ok", db: "up" });

    await server.stop();
    const down = await GET();
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ status: "unavailable", db: "down" });
  });
});
