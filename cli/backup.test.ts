import { spawn, spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createAssetSetup, createTestAsset } from "../test/assets-factories";
import { createOrgUnit } from "../test/factories";
import { createTestIncident } from "../test/incidents-factories";
import { createTestAssessment } from "../test/maturity-factories";
import { createTestRisk } from "../test/risks-factories";
import { listTables } from "../lib/backup/catalog";
import { db } from "../lib/db/client";

const CLI = ["--experimental-wasm-modules", "--no-warnings=ExperimentalWarning", "--conditions=react-server", "--import", "tsx", "cli/isms.ts"];
const dir = mkdtempSync(path.join(tmpdir(), "isms-backup-"));
const sourceUrl = process.env.DATABASE_URL!;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function isms(databaseUrl: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [...CLI, ...args], { env: { ...process.env, NODE_OPTIONS: "", DATABASE_URL: databaseUrl }, encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A new, empty database on the test server (not cloned from the migrated template). */
async function emptyDatabase(): Promise<string> {
  const name = `r_${randomUUID().replace(/-/g, "")}`;
  const admin = new pg.Client({ connectionString: `${inject("pgBaseUrl")}/postgres` });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return `${inject("pgBaseUrl")}/${name}`;
}

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Every table, every row, as PostgreSQL renders it in JSON, in a stable order. */
function contents(url: string) {
  return withClient(url, async (client) => {
    const tables: Record<string, string[]> = {};
    for (const table of await listTables(client)) {
      const { rows } = await client.query<{ row: string }>(`SELECT row_to_json(t)::text AS "row" FROM "${table.name}" t ORDER BY 1`);
      tables[table.name] = rows.map((row) => row.row);
    }
    return tables;
  });
}

// Values whose text form is easy to get wrong; the schema has no bytea column yet, so a table
// outside the migrations carries them (created empty in the target, as a migration would).
const PROBE_TABLE = `CREATE TABLE "BackupProbe" ("id" text PRIMARY KEY, "raw" bytea, "doc" json, "docb" jsonb, "at" timestamp(3),
  "atz" timestamptz, "exact" numeric, "approx" float8[], "tags" text[], "note" text, "span" interval)`;
const PROBE_ROWS = `INSERT INTO "BackupProbe" VALUES
  ('a', (SELECT decode(string_agg(lpad(to_hex(i), 2, '0'), ''), 'hex') FROM generate_series(0, 255) i),
   '{"b": 1,  "a": [1.50, "x"], "a": 2}', '{"z": {"y": [1, 2.0, null, "ö\\"\\\\n"]}}', '2026-01-02 03:04:05.678',
   '2026-01-02 03:04:05.123456+02', 12345678901234567890.000000001, ARRAY[0.1::float8 + 0.2::float8, 1e-310, 'NaN', '-0', 'Infinity']::float8[],
   ARRAY['a,b', NULL, '"q"', 'back\\slash', '', '{}'], E'rad 1\\nrad 2\\t"citat" \\\\ ö 🙂', '1 year 2 mons 3 days 04:05:06.789'),
  ('b', '', 'null', '[]', NULL, NULL, NULL, NULL, '{}', '', NULL)`;

async function populate() {
  const { ciso, reporter, unit } = await createAssetSetup();
  const asset = await createTestAsset(ciso, { orgUnitId: unit.id, confidentiality: 3, integrity: 2, availability: 1, personalData: true });
  await createTestAsset(ciso, { orgUnitId: unit.id, name: "Diarium" });
  await createTestRisk(ciso, { assetIds: [asset.id] });
  await createTestIncident(reporter, { assetIds: [asset.id] });
  await createTestAssessment(ciso);
}

/** An empty database with this version's schema (the restore would migrate it the same way). */
async function migratedEmptyDatabase(...extraTables: string[]): Promise<string> {
  const target = await emptyDatabase();
  expect(isms(target, "db:migrate").code).toBe(0);
  for (const sql of extraTables) await withClient(target, (client) => client.query(sql));
  return target;
}

async function rewriteHeader(file: string, change: (header: Record<string, unknown>) => void): Promise<string> {
  const [first, ...rest] = gunzipSync(readFileSync(file)).toString("utf8").split("\n");
  const header = JSON.parse(first) as Record<string, unknown>;
  change(header);
  const out = path.join(dir, `${randomUUID()}.jsonl.gz`);
  writeFileSync(out, gzipSync([JSON.stringify(header), ...rest].join("\n")));
  return out;
}

describe("isms backup and restore", () => {
  it("round-trips a populated organisation into an empty database, every table row by row", async () => {
    await populate();
    await db.$executeRawUnsafe(PROBE_TABLE);
    await db.$executeRawUnsafe(PROBE_ROWS);
    const file = path.join(dir, "full.jsonl.gz");
    const target = await migratedEmptyDatabase(PROBE_TABLE);
    let before: Record<string, string[]>;
    try {
      const backup = isms(sourceUrl, "backup", "--out", file);
      expect(backup.stderr).toBe("");
      expect(backup.code).toBe(0);
      before = await contents(sourceUrl);
    } finally {
      await db.$executeRawUnsafe(`DROP TABLE "BackupProbe"`);
    }
    const restore = isms(target, "restore", "--from", file);
    expect(restore.stderr).toBe("");
    expect(restore.code).toBe(0);

    const after = await contents(target);
    for (const table of ["Organization", "Asset", "AssetClassification", "Risk", "Incident", "MaturityAssessment", "MaturityEntry", "AuditEvent", "BackupProbe"]) {
      expect(before[table]?.length, table).toBeGreaterThan(0);
    }
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const table of Object.keys(before)) expect(after[table], table).toEqual(before[table]);
  });

  it("refuses a target that has data, and a backup from other migrations, with one line", async () => {
    const file = path.join(dir, "refuse.jsonl.gz");
    expect(isms(sourceUrl, "backup", "--out", file).code).toBe(0);

    const taken = isms(sourceUrl, "restore", "--from", file);
    expect(taken.code).not.toBe(0);
    expect(taken.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^isms: måldatabasen innehåller redan data \(tabellen \w+\); återställ bara till en tom databas$/)]);

    const other = await rewriteHeader(file, (header) => (header.migrations = ["0001_init"]));
    const target = await emptyDatabase();
    const mismatch = isms(target, "restore", "--from", other);
    expect(mismatch.code).not.toBe(0);
    expect(mismatch.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^isms: säkerhetskopian har migreringarna 0001_init men den här versionen 0001_init, .+; återställ med samma version av appen$/)]);
    // Nothing was migrated or loaded into the target.
    expect(await withClient(target, (client) => listTables(client))).toEqual([]);

    const broken = path.join(dir, "broken.jsonl.gz");
    writeFileSync(broken, readFileSync(file).subarray(0, 200));
    const truncated = isms(await emptyDatabase(), "restore", "--from", broken);
    expect(truncated.code).not.toBe(0);
    expect(truncated.stderr).toMatch(/^isms: .*(inte en läsbar säkerhetskopia|ofullständig|skadad)/);
  });

  it("takes a consistent snapshot while the app keeps writing", async () => {
    const { organization } = await createAssetSetup();
    const file = path.join(dir, "busy.jsonl.gz");
    const child = spawn(process.execPath, [...CLI, "backup", "--out", file], { env: { ...process.env, NODE_OPTIONS: "" } });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    let running = true;
    void exited.then(() => (running = false));
    let writes = 0;
    while (running) {
      const unit = await createOrgUnit(organization.id);
      await db.auditEvent.create({ data: { organizationId: organization.id, entity: "orgUnit", entityId: unit.id, action: "create" } });
      writes++;
    }
    expect(await exited, stderr).toBe(0);
    expect(writes).toBeGreaterThan(0);

    // The restore checks each table's rows against the header's counts and every foreign key.
    const restore = isms(await emptyDatabase(), "restore", "--from", file);
    expect(restore.stderr).toBe("");
    expect(restore.code).toBe(0);
  });
});
