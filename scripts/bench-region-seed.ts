// A region-sized organisation written straight into PostgreSQL (issue 18): 40 units, 300 users, 20 000
// assets, 10 000 risks, 100 000 incidents over five years, 50 000 actions, 5 000 suppliers and contracts,
// 20 000 people with 200 000 training records, 2 000 audit findings and 1 000 000 audit events at scale 1.
// Every row is INSERT … SELECT FROM generate_series with values hashed from the row number and the seed
// (bench-region-sql*.ts), so the same seed gives the same data. No session_replication_role = replica: the
// only insert triggers here are the foreign-key checks (the audit trail's append-only trigger fires on UPDATE,
// DELETE and TRUNCATE only), they cost about a tenth of the time, replica needs a superuser, and keeping them
// proves every generated reference points at a row that exists. Seed into a database nobody else is using:
// the two biggest inserts drop and rebuild their table's secondary indexes (Step.rebuildIndexes).
import { performance } from "node:perf_hooks";
import pg from "pg";
import { constantsSql, helperSql, registerSteps, userName, type Step, type Volumes } from "./bench-region-sql";
import { actionStep, incidentSteps, supplierSteps } from "./bench-region-sql-records";
import { auditEventStep, competenceSteps, internalAuditSteps } from "./bench-region-sql-more";

export interface RegionSeed {
  organizationId: string;
  organizationSlug: string;
  /** The one password every seeded user has. */
  password: string;
  /** The first 20 are the ones the benchmark signs in as: 5 ciso, then admin, management, information owner, auditor. */
  users: { email: string; role: string }[];
  sample: { assetId: string; riskId: string; incidentId: string; actionId: string; supplierId: string; contractId: string; personId: string; findingId: string; auditId?: string };
  /** Table → rows of the organisation, counted after seeding. */
  counts: Record<string, number>;
}

export const REGION_PASSWORD = "Region-bench-2026!";
const SIGN_IN_ROLES = ["ciso", "ciso", "ciso", "ciso", "ciso", "admin", "management", "information_owner", "auditor", "admin", "management", "information_owner",
  "auditor", "admin", "management", "information_owner", "auditor", "admin", "management", "information_owner"];
// The rest of the 300: mostly information owners and reporters, as in a region.
const OTHER_ROLES = ["information_owner", "information_owner", "information_owner", "reporter", "reporter", "reporter", "information_owner", "management", "auditor", "admin"];

function volumes(scale: number): Volumes {
  const n = (base: number, min = 1) => Math.max(min, Math.round(base * scale));
  const findings = n(2000, 8);
  return {
    units: n(40, 2), users: n(300, 20), assets: n(20_000, 10), analyses: n(40, 2), risks: n(10_000, 10), incidents: n(100_000, 20), actions: n(50_000, 10),
    suppliers: n(5000, 5), contracts: n(5000, 5), people: n(20_000, 10), trainings: 6, records: n(200_000, 20),
    audits: Math.max(4, Math.round(findings / 8)), findings, events: n(1_000_000, 100),
  };
}

const roleOf = (i: number) => (i < SIGN_IN_ROLES.length ? SIGN_IN_ROLES[i] : OTHER_ROLES[i % OTHER_ROLES.length]);

async function timedStep(client: pg.Client, step: Pick<Step, "label" | "sql" | "rebuildIndexes"> & { table?: string }, log: (line: string) => void): Promise<void> {
  const start = performance.now();
  // The definitions come from the database itself, so the indexes come back exactly as the migrations made them.
  const indexes = step.rebuildIndexes
    ? (await client.query<{ name: string; def: string }>(`SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i JOIN pg_index x ON x.indexrelid = format('%I', i.indexname)::regclass
        WHERE i.schemaname = current_schema() AND i.tablename = $1 AND NOT x.indisprimary AND NOT x.indisunique`, [step.table])).rows
    : [];
  for (const index of indexes) await client.query(`DROP INDEX "${index.name}"`);
  const result = await client.query(step.sql);
  for (const index of indexes) await client.query(index.def);
  // Later steps join what this one wrote: without statistics the planner takes a fresh table for empty.
  if (step.table) await client.query(`ANALYZE "${step.table}"`);
  log(`${step.label.padEnd(30)} ${String(result.rowCount ?? 0).padStart(9)} rader ${((performance.now() - start) / 1000).toFixed(1).padStart(6)} s`);
}

async function people(client: pg.Client, v: Volumes, slug: string, hash: string, org: string): Promise<{ email: string; role: string }[]> {
  const users = Array.from({ length: v.users }, (_, i) => ({ n: i + 1, email: `anvandare-${String(i + 1).padStart(3, "0")}@${slug}.bench.se`, name: userName(i), role: roleOf(i) }));
  await client.query(`CREATE TEMP TABLE seed_user AS SELECT t.n, pg_temp.sid('user:' || t.n) AS id, t.email, t.name, t.role
    FROM unnest($1::int[], $2::text[], $3::text[], $4::text[]) AS t(n, email, name, role)`, [users.map((u) => u.n), users.map((u) => u.email), users.map((u) => u.name), users.map((u) => u.role)]);
  await client.query(`INSERT INTO "OrgUnit" (id, "organizationId", name, code, "updatedAt")
    SELECT pg_temp.sid('unit:' || g.n), ${org}, (ARRAY['Regionledningsförvaltningen', 'Hälso- och sjukvård', 'Primärvård', 'Tandvård', 'Kollektivtrafik', 'Regional utveckling',
      'Kultur', 'IT-förvaltningen', 'HR', 'Ekonomi'])[1 + (g.n - 1) % 10] || ' ' || lpad(g.n::text, 2, '0'), 'E' || g.n, now() FROM generate_series(1, ${v.units}) g(n)`);
  await client.query(`INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt") SELECT id, email, name, $1, now() FROM seed_user`, [hash]);
  await client.query(`INSERT INTO "Membership" (id, "userId", "organizationId", role, "orgUnitId", "updatedAt")
    SELECT pg_temp.sid('membership:' || n), id, ${org}, role::"Role", pg_temp.sid('unit:' || (1 + n % ${v.units})), now() FROM seed_user`);
  return users.map(({ email, role }) => ({ email, role }));
}

async function countRows(client: pg.Client, org: string): Promise<Record<string, number>> {
  const direct = ["OrgUnit", "Membership", "Asset", "AssetClassification", "RiskAnalysis", "Risk", "RiskLevelChange", "Incident", "Sequence", "Action", "Supplier", "Contract",
    "Person", "Training", "TrainingRecord", "AuditProgramme", "Audit", "Finding", "AuditEvent"];
  const joined: [string, string, string][] = [["AssetLink", "Asset", "holderId"], ["RiskAsset", "Risk", "riskId"], ["IncidentAsset", "Incident", "incidentId"],
    ["IncidentRisk", "Incident", "incidentId"], ["IncidentObligation", "Incident", "incidentId"], ["ContractAsset", "Contract", "contractId"], ["AuditReport", "Audit", "auditId"],
    ["RiskAnalysisAsset", "RiskAnalysis", "analysisId"]];
  const parts = [
    ...direct.map((table) => `SELECT '${table}' AS t, count(*) AS c FROM "${table}" WHERE "organizationId" = ${org}`),
    ...joined.map(([table, parent, column]) => `SELECT '${table}', count(*) FROM "${table}" x JOIN "${parent}" p ON p.id = x."${column}" WHERE p."organizationId" = ${org}`),
  ];
  const { rows } = await client.query<{ t: string; c: string }>(parts.join(" UNION ALL "));
  return Object.fromEntries(rows.map((row) => [row.t, Number(row.c)]));
}

/** Seeds one region organisation into the database at `databaseUrl` (migrated, and without this seed's organisation). */
export async function seedRegion(databaseUrl: string, options: { scale?: number; seed?: number; log?: (line: string) => void } = {}): Promise<RegionSeed> {
  const { scale = 1, seed = 18, log = () => {} } = options;
  const v = volumes(scale);
  const slug = `region-${seed}`;
  const { hashPassword } = await import("../lib/auth/password");
  const hash = await hashPassword(REGION_PASSWORD); // once: argon2 is slow by design, and every user shares the password
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const started = performance.now();
  try {
    // Bulk load: no WAL flush per commit needed, and room to sort the indexes of 1M rows.
    await client.query("SET synchronous_commit = off");
    await client.query("SET maintenance_work_mem = '256MB'");
    await client.query("SET work_mem = '64MB'");
    for (const sql of helperSql(seed)) await client.query(sql);
    const orgId = (await client.query<{ id: string }>("SELECT pg_temp.sid('organization') AS id")).rows[0].id;
    const org = `'${orgId}'`;
    // Minutes truncated so two runs in the same minute give the same rows; ISO in UTC, as the columns hold UTC.
    const now = `'${new Date(Math.floor(Date.now() / 60_000) * 60_000).toISOString()}'::timestamp(3)`;
    await client.query("BEGIN");
    await client.query(`INSERT INTO "Organization" (id, name, slug, kind, "updatedAt") VALUES (${org}, $1, $2, 'region', now())`, [`Region Bench ${seed}`, slug]);
    const users = await people(client, v, slug, hash, org);
    log(`${"organisation, enheter, användare".padEnd(30)} ${String(v.users).padStart(9)} rader`);
    for (const sql of constantsSql()) await client.query(sql);
    const steps = [...registerSteps(v, org, now), ...incidentSteps(v, org, now), ...supplierSteps(v, org, now), ...competenceSteps(v, org, now),
      ...internalAuditSteps(v, org, now), actionStep(v, org, now), auditEventStep(v, org, now)];
    for (const step of steps) await timedStep(client, step, log);
    await client.query("COMMIT");
    await timedStep(client, { label: "ANALYZE", sql: "ANALYZE" }, log);
    const counts = await countRows(client, org);
    const ids = await client.query<Record<string, string>>(`SELECT ${["asset", "risk", "incident", "action", "supplier", "contract", "person", "finding", "audit"]
      .map((kind) => `pg_temp.sid('${kind}:1') AS "${kind}"`).join(", ")}`);
    const id = ids.rows[0];
    log(`${"totalt".padEnd(30)} ${" ".repeat(15)} ${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s`);
    return {
      organizationId: orgId, organizationSlug: slug, password: REGION_PASSWORD, users, counts,
      sample: { assetId: id.asset, riskId: id.risk, incidentId: id.incident, actionId: id.action, supplierId: id.supplier, contractId: id.contract, personId: id.person, findingId: id.finding, auditId: id.audit },
    };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
