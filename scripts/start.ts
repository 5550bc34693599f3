// `npm start` (production build) and `npm run dev`: resolve the database (embedded when
// DATABASE_URL is unset), apply migrations, load the demo organisation on the first start of an
// empty embedded database, then run Next.js (scripts/serve.ts) with DATABASE_URL and the auth secret set.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { localSecrets } from "../lib/config/runtime";
import { openDatabase } from "../lib/db/embedded";
import { applyMigrations } from "../lib/db/migrate";
import { logger } from "../lib/logger";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const started = Date.now();
const seconds = () => ((Date.now() - started) / 1000).toFixed(1);

async function waitForHealth(): Promise<void> {
  for (let i = 0; i < 600; i++) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function main() {
  const embedded = !process.env.DATABASE_URL;
  const database = await openDatabase({ log: (line) => logger.info(line) });
  process.env.DATABASE_URL = database.url;
  const applied = await applyMigrations(database.url);
  if (applied.length) logger.info(`migrations applied: ${applied.join(", ")}`);

  if (embedded && database.fresh) {
    const { seedDemo } = await import("../lib/demo/seed");
    await seedDemo();
    logger.info("demo organisation Exempelkommunen loaded");
  }

  if (!process.env.NEXTAUTH_SECRET) {
    if (!embedded) throw new Error("NEXTAUTH_SECRET måste vara satt när DATABASE_URL används.");
    process.env.NEXTAUTH_SECRET = localSecrets().nextauthSecret;
  }
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  // Air-gapped installations: never phone home.
  process.env.NEXT_TELEMETRY_DISABLED ??= "1";

  // Reminders and mail run as jobs in this process, beside the web server (ISMS_JOBS=off: a web-only instance).
  const { startJobs, stopJobs } = await import("../lib/jobs/boss");
  // A job queue that cannot start (e.g. no right to create its schema) must not keep the web app down.
  const boss =
    process.env.ISMS_JOBS === "off"
      ? null
      : await startJobs({ connectionString: database.url }).catch((error: unknown) => {
          logger.error("jobs: could not start; reminders and e-mail are off on this instance", error);
          return null;
        });

  const nextBin = "node_modules/next/dist/bin/next";
  if (!dev && !existsSync(`${process.env.NEXT_DIST_DIR ?? ".next"}/BUILD_ID`)) {
    logger.info("no production build yet: running next build");
    const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: process.env });
    if (build.status !== 0) throw new Error("next build misslyckades");
  }

  // Next.js runs inside a small custom server that decides the client's address from the socket.
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts", ...(dev ? ["--dev"] : [])], {
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: dev ? "development" : "production" },
  });
  const shutdown = (signal: NodeJS.Signals) => child.kill(signal);
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
  child.on("exit", async (code) => {
    if (boss) await stopJobs(boss);
    await database.stop();
    process.exit(code ?? 0);
  });
  await waitForHealth();
  logger.info(`ready on http://localhost:${port} after ${seconds()} s`);
}

main().catch(async (error: unknown) => {
  logger.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
