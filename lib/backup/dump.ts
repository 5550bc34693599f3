import { randomBytes } from "node:crypto";
import { createWriteStream, renameSync, rmSync } from "node:fs";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import type pg from "pg";
import { appliedMigrations, listTables, quoteIdent, type TableInfo } from "./catalog";
import { FORMAT, FORMAT_VERSION, type BackupHeader } from "./format";
import { connectForBackup, RAW_TYPES } from "./raw-client";

const FETCH_ROWS = 200;

async function* tableLines(client: pg.Client, table: TableInfo): AsyncGenerator<string> {
  yield `${JSON.stringify({ table: table.name, columns: table.columns.map((column) => column.name) })}\n`;
  const columns = table.columns.map((column) => quoteIdent(column.name)).join(", ");
  const order = table.primaryKey.length ? ` ORDER BY ${table.primaryKey.map(quoteIdent).join(", ")}` : "";
  // A cursor inside the snapshot: rows stream in pages, never the whole table in memory.
  await client.query(`DECLARE backup_rows NO SCROLL CURSOR FOR SELECT ${columns} FROM ${quoteIdent(table.name)}${order}`);
  for (;;) {
    const { rows } = await client.query<(string | null)[]>({ text: `FETCH FORWARD ${FETCH_ROWS} FROM backup_rows`, rowMode: "array", types: RAW_TYPES });
    if (!rows.length) break;
    yield rows.map((row) => `${JSON.stringify(row)}\n`).join("");
  }
  await client.query("CLOSE backup_rows");
}

/**
 * Writes a consistent snapshot of every table to `file` while the app keeps running: one
 * REPEATABLE READ, READ ONLY transaction sees the database as of its first query.
 */
export async function writeBackup(url: string, file: string): Promise<BackupHeader> {
  const client = await connectForBackup(url);
  const partial = `${file}.${randomBytes(4).toString("hex")}.partial`;
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const tables = await listTables(client);
    const migrations = await appliedMigrations(client);
    if (!migrations.length) throw new Error("databasen saknar migreringar; inget att säkerhetskopiera");
    const counts: Record<string, number> = {};
    for (const table of tables) {
      const { rows } = await client.query<{ count: number }>(`SELECT count(*)::int AS "count" FROM ${quoteIdent(table.name)}`);
      counts[table.name] = rows[0].count;
    }
    const header: BackupHeader = { format: FORMAT, version: FORMAT_VERSION, createdAt: new Date().toISOString(), migrations, tables: counts };
    async function* lines() {
      yield `${JSON.stringify(header)}\n`;
      for (const table of tables) yield* tableLines(client, table);
      yield `${JSON.stringify({ end: true })}\n`;
    }
    // Password and token hashes are inside: only the owner may read the file.
    await pipeline(lines, createGzip(), createWriteStream(partial, { mode: 0o600 }));
    await client.query("COMMIT");
    renameSync(partial, file);
    return header;
  } finally {
    rmSync(partial, { force: true });
    await client.end();
  }
}
