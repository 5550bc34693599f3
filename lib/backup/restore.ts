import type pg from "pg";
import { applyMigrations, listMigrations } from "../db/migrate";
import { foreignKeys, listTables, quoteIdent, resetSequences, type TableInfo } from "./catalog";
import { parseHeader, parseLine, readBackup, type BackupHeader } from "./format";
import { connectForBackup } from "./raw-client";

const BATCH_ROWS = 500;
const BATCH_CHARS = 8_000_000;

function localMigrations(): string[] {
  return listMigrations().migrationDirectories.map((directory) => directory.path);
}

async function assertEmpty(client: pg.Client): Promise<void> {
  for (const table of await listTables(client)) {
    const { rows } = await client.query(`SELECT 1 FROM ${quoteIdent(table.name)} LIMIT 1`);
    if (rows.length) throw new Error(`måldatabasen innehåller redan data (tabellen ${table.name}); återställ bara till en tom databas`);
  }
}

async function insertBatch(client: pg.Client, table: TableInfo, columns: string[], rows: (string | null)[][]): Promise<void> {
  const types = columns.map((name) => {
    const column = table.columns.find((candidate) => candidate.name === name);
    if (!column) throw new Error(`säkerhetskopian har kolumnen ${table.name}.${name}, som databasen saknar`);
    return column.type;
  });
  const casts = types.map((type, index) => `c${index}::${type}`).join(", ");
  const aliases = columns.map((_, index) => `c${index}`).join(", ");
  const arrays = columns.map((_, index) => `$${index + 1}::text[]`).join(", ");
  const values = columns.map((_, index) => rows.map((row) => row[index]));
  await client.query(
    `INSERT INTO ${quoteIdent(table.name)} (${columns.map(quoteIdent).join(", ")}) OVERRIDING SYSTEM VALUE SELECT ${casts} FROM unnest(${arrays}) AS u(${aliases})`,
    values,
  );
}

/** Reads table blocks until the end line; returns rows loaded per table. */
async function loadRows(client: pg.Client, tables: Map<string, TableInfo>, lines: AsyncIterator<string>): Promise<Record<string, number>> {
  const loaded: Record<string, number> = {};
  let current: { table: TableInfo; columns: string[] } | null = null;
  let batch: (string | null)[][] = [];
  let batchChars = 0;
  const flush = async () => {
    if (current && batch.length) await insertBatch(client, current.table, current.columns, batch);
    batch = [];
    batchChars = 0;
  };
  for (let next = await lines.next(); !next.done; next = await lines.next()) {
    const line = parseLine(next.value);
    if (line.kind === "row") {
      if (!current || line.values.length !== current.columns.length) throw new Error("säkerhetskopian är skadad (rad utan tabell eller fel antal kolumner)");
      batch.push(line.values);
      batchChars += next.value.length;
      loaded[current.table.name]++;
      if (batch.length >= BATCH_ROWS || batchChars >= BATCH_CHARS) await flush();
      continue;
    }
    await flush();
    if (line.kind === "end") return loaded;
    const table = tables.get(line.table);
    if (!table) throw new Error(`säkerhetskopian har tabellen ${line.table}, som databasen saknar`);
    current = { table, columns: line.columns };
    loaded[table.name] = 0;
  }
  throw new Error("säkerhetskopian är ofullständig (slutmarkeringen saknas)");
}

function assertSameTables(header: BackupHeader, tables: Map<string, TableInfo>, loaded: Record<string, number>): void {
  const expected = Object.keys(header.tables).sort();
  const missing = [...tables.keys()].filter((name) => !(name in header.tables));
  if (missing.length) throw new Error(`säkerhetskopian saknar tabellerna ${missing.join(", ")}`);
  for (const name of expected) {
    if (loaded[name] !== header.tables[name]) throw new Error(`säkerhetskopian är skadad: ${name} har ${loaded[name] ?? 0} rader, väntat ${header.tables[name]}`);
  }
}

/**
 * Restores `file` into an empty database: checks the header against this version's migrations,
 * applies them, then loads every row in one transaction. Foreign keys are dropped for the load and
 * added back (which validates every reference), so neither table order nor self-references matter
 * and no superuser setting is needed.
 */
export async function restoreBackup(url: string, file: string): Promise<BackupHeader> {
  let header: BackupHeader | undefined;
  await readBackup(file, async (lines) => {
    const first = await lines.next();
    header = parseHeader(first.done ? undefined : first.value);
    if (!header) throw new Error(`${file} är inte en säkerhetskopia från isms backup (version 1)`);
    const local = localMigrations();
    if (JSON.stringify(header.migrations) !== JSON.stringify(local)) {
      throw new Error(`säkerhetskopian har migreringarna ${header.migrations.join(", ")} men den här versionen ${local.join(", ")}; återställ med samma version av appen`);
    }
    const client = await connectForBackup(url);
    try {
      await assertEmpty(client);
      await applyMigrations(url);
      await client.query("BEGIN");
      const tables = new Map((await listTables(client)).map((table) => [table.name, table]));
      const keys = await foreignKeys(client);
      for (const key of keys) await client.query(`ALTER TABLE ${quoteIdent(key.table)} DROP CONSTRAINT ${quoteIdent(key.name)}`);
      const loaded = await loadRows(client, tables, lines);
      assertSameTables(header, tables, loaded);
      for (const key of keys) await client.query(`ALTER TABLE ${quoteIdent(key.table)} ADD CONSTRAINT ${quoteIdent(key.name)} ${key.definition}`);
      await resetSequences(client);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      await client.end();
    }
  });
  return header!;
}
