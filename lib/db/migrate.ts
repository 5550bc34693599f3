import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";

// Prisma's WebAssembly schema engine: the native one would be downloaded at run time,
// which air-gapped installations cannot do.
type MigrationList = import("@prisma/schema-engine-wasm").MigrationList;

const PRISMA_DIR = path.resolve("prisma");
const MIGRATIONS_DIR = path.join(PRISMA_DIR, "migrations");
const SCHEMA_FILE = path.join(PRISMA_DIR, "schema.prisma");
const NO_FILTER = { externalTables: [], externalEnums: [] };

type Engine = Awaited<ReturnType<typeof import("@prisma/schema-engine-wasm").SchemaEngine.new>>;

/**
 * Runs the schema engine on a pool of its own that is closed afterwards. The engine serialises
 * migrations with a session-level advisory lock (72707369) that it never releases; left on an
 * idle pooled connection, it kept a second app instance from starting while the first ran.
 */
async function withEngine<T>(url: string, run: (engine: Engine) => Promise<T>): Promise<T> {
  const { SchemaEngine } = await import("@prisma/schema-engine-wasm");
  const pool = new pg.Pool({ connectionString: url });
  try {
    const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg(pool));
    const schema = readFileSync(SCHEMA_FILE, "utf8");
    const engine = await SchemaEngine.new({ datamodels: [[SCHEMA_FILE, schema]] }, () => {}, adapter);
    try {
      return await run(engine);
    } finally {
      engine.free();
    }
  } finally {
    await pool.end();
  }
}

export function listMigrations(): MigrationList {
  const dirs = existsSync(MIGRATIONS_DIR)
    ? readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];
  const lockPath = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: { path: "migration_lock.toml", content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: dirs.map((dir) => ({
      path: dir,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok", value: readFileSync(path.join(MIGRATIONS_DIR, dir, "migration.sql"), "utf8") },
      },
    })),
  } as MigrationList;
}

/** Applies pending migrations; returns the names applied. */
export async function applyMigrations(url: string): Promise<string[]> {
  return withEngine(url, async (engine) => {
    const result = await engine.applyMigrations({ migrationsList: listMigrations(), filters: NO_FILTER });
    return result.appliedMigrationNames;
  });
}

/** SQL that takes the database from the committed migrations (or nothing) to the current schema. */
export async function diffSchema(url: string, fromEmpty: boolean): Promise<string> {
  return withEngine(url, async (engine) => {
    const schema = readFileSync(SCHEMA_FILE, "utf8");
    const result = await engine.diff({
      from: fromEmpty ? { tag: "empty" } : { tag: "migrations", ...listMigrations() },
      to: { tag: "schemaDatamodel", files: [{ path: SCHEMA_FILE, content: schema }] },
      script: true,
      exitCode: null,
      filters: NO_FILTER,
    });
    return result.stdout ?? "";
  });
}
