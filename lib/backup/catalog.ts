import type pg from "pg";

// What a backup needs to know about the schema, read from PostgreSQL's own catalog so that every
// table the migrations create is covered without a list to keep up to date.

export interface TableInfo {
  name: string;
  columns: { name: string; type: string }[];
  primaryKey: string[];
}

/** Prisma's own bookkeeping: the restore recreates it by applying the migrations. */
export const MIGRATIONS_TABLE = "_prisma_migrations";

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Text I/O of every type is exact when both ends agree on these (pg_dump sets the same). */
export const SESSION_SETTINGS =
  "SET DateStyle = 'ISO, YMD'; SET IntervalStyle = 'postgres'; SET extra_float_digits = 3; SET bytea_output = 'hex'";

/** Every ordinary table in the current schema with its stored (not generated) columns. */
export async function listTables(client: pg.ClientBase): Promise<TableInfo[]> {
  const { rows } = await client.query<{ table: string; columns: { name: string; type: string }[]; primaryKey: string[] | null }>(`
    SELECT c.relname AS "table",
      (SELECT json_agg(json_build_object('name', a.attname, 'type', format_type(a.atttypid, a.atttypmod)) ORDER BY a.attnum)
         FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '') AS "columns",
      (SELECT array_agg(a.attname::text ORDER BY array_position(i.indkey::int2[], a.attnum))
         FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
        WHERE i.indrelid = c.oid AND i.indisprimary) AS "primaryKey"
    FROM pg_class c
    WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r' AND c.relname <> '${MIGRATIONS_TABLE}'
    ORDER BY c.relname`);
  return rows.map((row) => ({ name: row.table, columns: row.columns, primaryKey: row.primaryKey ?? [] }));
}

/** Names of the migrations applied to the database, or [] when it has none. */
export async function appliedMigrations(client: pg.ClientBase): Promise<string[]> {
  const { rows: exists } = await client.query("SELECT 1 FROM pg_class WHERE relname = $1 AND relnamespace = current_schema()::regnamespace", [MIGRATIONS_TABLE]);
  if (!exists.length) return [];
  const { rows } = await client.query<{ name: string }>(
    `SELECT migration_name AS name FROM ${quoteIdent(MIGRATIONS_TABLE)} WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.map((row) => row.name);
}

export interface ForeignKey {
  table: string;
  name: string;
  definition: string;
}

export async function foreignKeys(client: pg.ClientBase): Promise<ForeignKey[]> {
  const { rows } = await client.query<ForeignKey>(`
    SELECT t.relname AS "table", k.conname AS "name", pg_get_constraintdef(k.oid) AS "definition"
    FROM pg_constraint k JOIN pg_class t ON t.oid = k.conrelid
    WHERE k.contype = 'f' AND t.relnamespace = current_schema()::regnamespace
    ORDER BY t.relname, k.conname`);
  return rows;
}

/** Moves every column-owned sequence past the restored values. */
export async function resetSequences(client: pg.ClientBase): Promise<void> {
  const { rows } = await client.query<{ sequence: string; table: string; column: string }>(`
    SELECT s.oid::regclass::text AS "sequence", t.relname AS "table", a.attname AS "column"
    FROM pg_depend d
    JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
    JOIN pg_class t ON t.oid = d.refobjid AND t.relnamespace = current_schema()::regnamespace
    JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
    WHERE d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')`);
  for (const { sequence, table, column } of rows) {
    const col = quoteIdent(column);
    await client.query(`SELECT setval($1::regclass, coalesce(max(${col}), 1), max(${col}) IS NOT NULL) FROM ${quoteIdent(table)}`, [sequence]);
  }
}
