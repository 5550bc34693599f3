// `npm run isms -- <command>`: exit code 0 on success, otherwise non-zero with a one-line reason.
// Works whether or not the app is running: an embedded server already up on the data folder is shared.
import { openDatabase } from "../lib/db/embedded";
import { parseFlags } from "./args";

const USAGE = `Användning: npm run isms -- <kommando>
  db:migrate                                   kör väntande migreringar
  user:create --email E --name N --role R [--org SLUG] [--password P]
  user:disable --email E                       stänger av kontot i alla organisationer och loggar ut det
  user:enable --email E                        aktiverar kontot igen
  token:create --email E [--name N] [--org SLUG]
  seed:demo                                    läser in Exempelkommunen
  backup --out FIL                             säkerhetskopierar hela databasen (medan appen kör)
  restore --from FIL                           återställer en säkerhetskopia till en tom databas`;

const COMMANDS = ["db:migrate", "user:create", "user:disable", "user:enable", "token:create", "seed:demo", "backup", "restore"] as const;

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
    // A backup reads the database as it is; a restore checks the target before it migrates it.
    if (command === "backup" || command === "restore") {
      const { backup, restore } = await import("./backup");
      await (command === "backup" ? backup : restore)(flags, database.url);
      return;
    }
    // Every other command needs an up-to-date schema; applying is a no-op when it is.
    const { applyMigrations } = await import("../lib/db/migrate");
    await applyMigrations(database.url);
    if (command === "user:create") await commands.userCreate(flags);
    if (command === "user:disable" || command === "user:enable") await commands.userActive(flags, command === "user:enable");
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
