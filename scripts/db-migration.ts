// Writes a new migration from the difference between prisma/migrations and prisma/schema.prisma.
//   npm run db:migration -- <name>         next migration (normal flow)
//   npm run db:migration -- --init         rewrite 0001_init from scratch (before the first release only)
import { mkdirSync, rmSync, writeFileSync, readdirSync, existsSync } from "node:fs";
import path from "node:path";
import { openDatabase } from "../lib/db/embedded";
import { diffSchema } from "../lib/db/migrate";

const MIGRATIONS_DIR = path.resolve("prisma/migrations");

async function main() {
  const arg = process.argv[2];
  if (!arg) throw new Error("ange ett namn: npm run db:migration -- <namn>");
  const init = arg === "--init";
  const db = await openDatabase();
  try {
    if (init && existsSync(MIGRATIONS_DIR)) rmSync(MIGRATIONS_DIR, { recursive: true });
    const sql = await diffSchema(db.url, init);
    if (!sql.trim() || /^-- This is an empty migration/.test(sql.trim())) {
      process.stdout.write("Inga ändringar i schemat.\n");
      return;
    }
    mkdirSync(MIGRATIONS_DIR, { recursive: true });
    writeFileSync(path.join(MIGRATIONS_DIR, "migration_lock.toml"), 'provider = "postgresql"\n');
    const count = readdirSync(MIGRATIONS_DIR).filter((d) => /^\d{4}_/.test(d)).length;
    const name = init ? "0001_init" : `${String(count + 1).padStart(4, "0")}_${arg.replace(/\W+/g, "_")}`;
    mkdirSync(path.join(MIGRATIONS_DIR, name));
    writeFileSync(path.join(MIGRATIONS_DIR, name, "migration.sql"), sql);
    process.stdout.write(`Skrev prisma/migrations/${name}/migration.sql\n`);
  } finally {
    await db.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
