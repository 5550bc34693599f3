// Proves the region seed's rows look app-written: seeds a small region into a throw-away database, reads
// every register back through the app's own queries as the seeded CISO, and creates an asset, a risk and an
// incident through the services afterwards (the incident must get the next free reference).
//   node --experimental-wasm-modules --conditions=react-server --import tsx scripts/bench-region-check.ts [scale]
import assert from "node:assert/strict";
import type { ZodType } from "zod";
import { fail, withBenchDatabase } from "./bench-support";
import { seedRegion } from "./bench-region-seed";

const SCALE = Number(process.argv[2] ?? 0.02);

async function check(): Promise<string> {
  const { db } = await import("../lib/db/client");
  const indexes = () => db.$queryRaw<{ indexdef: string }[]>`SELECT indexdef FROM pg_indexes WHERE tablename IN ('AuditEvent', 'TrainingRecord') ORDER BY indexname`;
  const migrated = await indexes();
  const region = await seedRegion(process.env.DATABASE_URL!, { scale: SCALE, log: (line) => process.stdout.write(`${line}\n`) });
  const seeded = await fingerprint(process.env.DATABASE_URL!);
  // The indexes the seed dropped for its bulk inserts are back, as the migrations made them.
  assert.deepEqual(await indexes(), migrated);
  const user = await db.user.findUniqueOrThrow({ where: { email: region.users[0].email } });
  assert.equal(region.users[0].role, "ciso");
  const principal = { userId: user.id, email: user.email, name: user.name, role: "ciso" as const, organizationId: region.organizationId,
    organizationSlug: region.organizationSlug, organizationName: `Region Bench`, via: "token" as const };
  const { verifyPassword } = await import("../lib/auth/password");
  assert.ok(await verifyPassword(user.passwordHash, region.password), "the seeded password signs in");

  const lists: [string, () => Promise<{ total: number; items: unknown[] }>, number, ZodType][] = [
    ["tillgångar", async () => (await import("../lib/assets/queries")).listAssets(principal, (await import("../lib/assets/schema")).assetListQuerySchema.parse({ q: "Journal" })), 1, (await import("../lib/assets/schema")).assetViewSchema],
    ["risker", async () => (await import("../lib/risks/queries")).listRisks(principal, (await import("../lib/risks/schema")).riskListQuerySchema.parse({ status: "open" })), 1, (await import("../lib/risks/schema")).riskViewSchema],
    ["incidenter", async () => (await import("../lib/incidents/queries")).listIncidents(principal, (await import("../lib/incidents/schema")).incidentListQuerySchema.parse({})), region.counts.Incident, (await import("../lib/incidents/schema")).incidentViewSchema],
    ["åtgärder", async () => (await import("../lib/actions/queries")).listActions(principal, (await import("../lib/actions/schema")).actionListQuerySchema.parse({})), region.counts.Action, (await import("../lib/actions/schema")).actionViewSchema],
    ["leverantörer", async () => (await import("../lib/suppliers/queries")).listSuppliers(principal, (await import("../lib/suppliers/schema")).supplierListQuerySchema.parse({})), region.counts.Supplier, (await import("../lib/suppliers/schema")).supplierViewSchema],
    ["avtal", async () => (await import("../lib/contracts/queries")).listContracts(principal, (await import("../lib/contracts/schema")).contractListQuerySchema.parse({})), region.counts.Contract, (await import("../lib/contracts/schema")).contractViewSchema],
    ["personer", async () => (await import("../lib/competence/queries")).listPeople(principal, (await import("../lib/competence/schema")).personListQuerySchema.parse({ active: "false" })), region.counts.Person, (await import("../lib/competence/schema")).personViewSchema],
    ["iakttagelser", async () => (await import("../lib/findings/queries")).listFindings(principal, (await import("../lib/findings/schema")).findingListQuerySchema.parse({})), region.counts.Finding, (await import("../lib/findings/schema")).findingViewSchema],
    ["revisioner", async () => (await import("../lib/audits/queries")).listAudits(principal, (await import("../lib/audits/schema")).auditListQuerySchema.parse({})), region.counts.Audit, (await import("../lib/audits/schema")).auditViewSchema],
    ["ändringslogg", async () => (await import("../lib/audit/queries")).listAuditEvents(principal, (await import("../lib/audit/schema")).auditEventListQuerySchema.parse({})), region.counts.AuditEvent, (await import("../lib/audit/schema")).auditEventViewSchema],
  ];
  for (const [label, list, atLeast, view] of lists) {
    const page = await list();
    assert.ok(page.total >= atLeast && page.items.length > 0, `${label}: ${page.total} of at least ${atLeast}`);
    // What the API sends: every item of the first page must match the register's view schema.
    for (const item of page.items) view.parse(JSON.parse(JSON.stringify(item)));
    process.stdout.write(`läst ${label}: ${page.total}\n`);
  }
  const details: [string, () => Promise<unknown>, ZodType?][] = [
    ["tillgång", async () => (await import("../lib/assets/queries")).getAsset(principal, region.sample.assetId), (await import("../lib/assets/schema")).assetDetailViewSchema],
    ["risk", async () => (await import("../lib/risks/queries")).getRisk(principal, region.sample.riskId), (await import("../lib/risks/schema")).riskViewSchema],
    ["incident", async () => (await import("../lib/incidents/queries")).getIncident(principal, region.sample.incidentId), (await import("../lib/incidents/schema")).incidentViewSchema],
    ["åtgärd", async () => (await import("../lib/actions/queries")).getAction(principal, region.sample.actionId), (await import("../lib/actions/schema")).actionViewSchema],
    ["leverantör", async () => (await import("../lib/suppliers/queries")).getSupplier(principal, region.sample.supplierId), (await import("../lib/suppliers/schema")).supplierViewSchema],
    ["avtal", async () => (await import("../lib/contracts/queries")).getContract(principal, region.sample.contractId), (await import("../lib/contracts/schema")).contractViewSchema],
    ["person", async () => (await import("../lib/competence/queries")).getPerson(principal, region.sample.personId), (await import("../lib/competence/schema")).personViewSchema],
    ["iakttagelse", async () => (await import("../lib/findings/queries")).getFinding(principal, region.sample.findingId), (await import("../lib/findings/schema")).findingViewSchema],
    ["revision", async () => (await import("../lib/audits/queries")).getAudit(principal, region.sample.auditId!), (await import("../lib/audits/schema")).auditViewSchema],
    ["indikatorer", async () => (await import("../lib/indicators/queries")).computeIndicators(principal, {})],
    ["i korthet", async () => (await import("../lib/dashboard/at-a-glance")).atAGlance(principal)],
    ["Mitt arbete", async () => (await import("../lib/work/queries")).workFor(principal.organizationId, principal.userId, new Date())],
    ["ändringsloggen i text", async () => (await import("../lib/audit/queries")).auditLogEntries(principal, (await import("../lib/audit/schema")).auditEventListQuerySchema.parse({}), "sv")],
    ["klassningshistorik", async () => (await import("../lib/assets/history")).listClassifications(principal, region.sample.assetId)],
    ["incidentkortet", async () => (await import("../lib/incidents/dashboard")).incidentDashboard(principal)],
    ["riskkortet", async () => (await import("../lib/risks/page-data")).riskDashboard(principal)],
    ["tillgångskortet", async () => (await import("../lib/assets/page-data")).assetDashboard(principal)],
    ["leverantörskortet", async () => (await import("../lib/suppliers/page-data")).supplierDashboard(principal)],
    ["revisionsuppföljning", async () => (await import("../lib/findings/page-data")).followUp(principal)],
  ];
  for (const [label, read, view] of details) {
    const value = await read();
    assert.ok(value, label);
    view?.parse(JSON.parse(JSON.stringify(value)));
    process.stdout.write(`läst ${label}\n`);
  }

  const unit = await db.orgUnit.findFirstOrThrow({ where: { organizationId: region.organizationId } });
  const asset = await (await import("../lib/assets/service")).createAsset(principal, (await import("../lib/assets/schema")).assetCreateSchema.parse({ name: "Ny tillgång efter seed", orgUnitId: unit.id, confidentiality: 2, integrity: 1, availability: 1 }));
  const risk = await (await import("../lib/risks/service")).createRisk(principal, (await import("../lib/risks/schema")).riskCreateSchema.parse({ title: "Ny risk efter seed", likelihood: 2, consequence: 3, assetIds: [asset.id] }));
  const now = new Date().toISOString();
  const incident = await (await import("../lib/incidents/service")).reportIncident(principal, (await import("../lib/incidents/schema")).incidentCreateSchema.parse({ title: "Ny incident efter seed", description: "Efter seed.", occurredAt: now, detectedAt: now, assetIds: [asset.id] }));
  const year = incident.reference.split("-")[1];
  const sameYear = await db.incident.count({ where: { organizationId: region.organizationId, reference: { startsWith: `INC-${year}-` } } });
  assert.equal(incident.reference, `INC-${year}-${String(sameYear).padStart(4, "0")}`, "the new incident takes the next free number");
  assert.equal(await db.incident.count({ where: { organizationId: region.organizationId, reference: incident.reference } }), 1);
  process.stdout.write(`skapat tillgång ${asset.id}, risk ${risk.id}, incident ${incident.reference}\n`);
  return seeded;
}

// What must come out the same for the same seed (times move with the clock, so they are left out).
const FINGERPRINT = `SELECT (SELECT md5(string_agg(concat_ws('|', id, name, kind, confidentiality, integrity, availability, "ownerId"), ',' ORDER BY id)) FROM "Asset")
  || (SELECT md5(string_agg(concat_ws('|', id, title, level, status, treatment), ',' ORDER BY id)) FROM "Risk")
  || (SELECT md5(string_agg(concat_ws('|', id, reference, status, severity, categories::text), ',' ORDER BY id)) FROM "Incident")
  || (SELECT md5(string_agg(concat_ws('|', id, entity, "entityId", action, "actorId"), ',' ORDER BY id)) FROM "AuditEvent") AS print`;

async function fingerprint(url: string): Promise<string> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ print: string }>(FINGERPRINT)).rows[0].print;
  } finally {
    await client.end();
  }
}

/** Seeds the same seed into a second database of the same server and compares the fingerprints. */
async function sameSeedSameData(first: string): Promise<void> {
  const { default: pg } = await import("pg");
  const { applyMigrations } = await import("../lib/db/migrate");
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL! });
  await admin.connect();
  await admin.query("CREATE DATABASE region_again");
  await admin.end();
  const again = new URL(process.env.DATABASE_URL!);
  again.pathname = "/region_again";
  await applyMigrations(again.toString());
  await seedRegion(again.toString(), { scale: SCALE });
  assert.equal(await fingerprint(again.toString()), first, "the same seed gives the same rows");
  process.stdout.write("samma seed, samma data\n");
}

withBenchDatabase("region", async () => {
  const seeded = await check();
  if (SCALE <= 0.1) await sameSeedSameData(seeded);
}).then(() => process.stdout.write("ok\n")).catch(fail);
