import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { inject } from "vitest";

// Each test file gets its own database, cloned from the migrated template.
const base = inject("pgBaseUrl");
const name = `t_${randomUUID().replace(/-/g, "")}`;
const admin = new pg.Client({ connectionString: `${base}/postgres` });
await admin.connect();
// Cloning needs the template to itself; files starting together take turns.
for (let attempt = 0; ; attempt++) {
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE isms_template`);
    break;
  } catch (error) {
    if (attempt > 50 || !String(error).includes("being accessed by other users")) throw error;
    await sleep(50 + Math.random() * 150);
  }
}
await admin.end();
process.env.DATABASE_URL = `${base}/${name}`;
