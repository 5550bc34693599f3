import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import net from "node:net";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { placeEmbeddedPostgres } from "../lib/db/embedded-access";
import { applyMigrations } from "../lib/db/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    pgBaseUrl: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** One real PostgreSQL for the run; a migrated template database each test file clones. */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(tmpdir(), "isms-test-pg-"));
  chmodSync(dir, 0o755); // the postgres user must reach it
  const port = await freePort();
  // As root the server runs as `postgres`, which may not reach this clone's binaries.
  const { EmbeddedPostgres, databaseDir } = await placeEmbeddedPostgres(path.join(dir, "pg"));
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: "isms",
    password: "isms-test",
    persistent: false,
    createPostgresUser: true,
    onLog: () => {},
  });
  await server.initialise();
  await server.start();
  const base = `postgresql://isms:isms-test@127.0.0.1:${port}`;
  const admin = new pg.Client({ connectionString: `${base}/postgres` });
  await admin.connect();
  await admin.query("CREATE DATABASE isms_template");
  await admin.end();
  await applyMigrations(`${base}/isms_template`);
  project.provide("pgBaseUrl", base);
  return async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
