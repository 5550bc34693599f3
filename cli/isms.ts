// `npm run isms -- <command>`: exit code 0 on success, otherwise non-zero with a one-line reason.
// Works whether or not the app is running: an embedded server already up on the data folder is shared.
import { openDatabase } from "../lib/db/embedded";
import { parseFlags } from "./args";

const USAGE = `Användning: npm run isms -- <kommando>
  db:migrate                                   kör väntande migreringar
  user:create --email E --name N --role R [--org SLUG] [--password P]
  token:create --email E [--name N] [--org SLUG]
  seed:demo                                    läser in Exempelkommunen`;

const COMMANDS = ["db:migrate", "user:create", "token:create", "seed:demo"] as const;

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  if (!command || command === "help" || command === "--help") {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (!COMMANDS.includes(command as (typeof COMMANDS)[number])) throw new Error(`okänt kommando ${command}; se npm run isms -- help`);
  const flags = parseFlags(rest);
  const database = await openDatabase();
  process.env.DATABASE_URL = database.url;
  try {
    const commands = await import("./commands");
    if (command === "db:migrate") {
      await commands.migrate(flags, database.url);
      return;
    }
    // Every other command needs an up-to-date schema; applying is a no-op when it is.
    const { applyMigrations } = await import("../lib/db/migrate");
    await applyMigrations(database.url);
    if (command === "user:create") await commands.userCreate(flags);
    if (command === "token:create") await commands.tokenCreate(flags);
    if (command === "seed:demo") await commands.seed();
  } finally {
    const { db } = await import("../lib/db/client");
    await db.$disconnect();
    await database.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    const issues = (error as { issues?: { message: string }[] } | null)?.issues;
    const message = issues?.length ? `ogiltigt värde: ${issues[0].message}` : error instanceof Error ? error.message : String(error);
    process.stderr.write(`isms: ${message.split("\n")[0]}\n`);
    process.exit(1);
  },
);
