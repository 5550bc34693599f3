import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

// Prisma's WebAssembly schema engine: the native one would be downloaded at run time,
// which air-gapped installations cannot do.
type MigrationList = import("@prisma/schema-engine-wasm").MigrationList;

const PRISMA_DIR = path.resolve("prisma");
const MIGRATIONS_DIR = path.join(PRISMA_DIR, "migrations");
const SCHEMA_FILE = path.join(PRISMA_DIR, "schema.prisma");
const NO_FILTER = { externalTables: [], externalEnums: [] };

async function engineFor(url: string) {
  const { SchemaEngine } = await import("@prisma/schema-engine-wasm");
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString: url }));
  const schema = readFileSync(SCHEMA_FILE, "utf8");
  return SchemaEngine.new({ datamodels: [[SCHEMA_FILE, schema]] }, () => {}, adapter);
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
  const engine = await engineFor(url);
  try {
    const result = await engine.applyMigrations({ migrationsList: listMigrations(), filters: NO_FILTER });
    return result.appliedMigrationNames;
  } finally {
    engine.free();
  }
}

/** SQL that takes the database from the committed migrations (or nothing) to the current schema. */
export async function diffSchema(url: string, fromEmpty: boolean): Promise<string> {
  const engine = await engineFor(url);
  try {
    const schema = readFileSync(SCHEMA_FILE, "utf8");
    const result = await engine.diff({
      from: fromEmpty ? { tag: "empty" } : { tag: "migrations", ...listMigrations() },
      to: { tag: "schemaDatamodel", files: [{ path: SCHEMA_FILE, content: schema }] },
      script: true,
      exitCode: null,
      filters: NO_FILTER,
    });
    return result.stdout ?? "";
  } finally {
    engine.free();
  }
}
