import "server-only";
import type { Tx } from "../db/client";

/**
 * Bulk inserts for the import. Prisma's createMany binds every value separately (22 parameters per
 * asset) and is slow for 10 000 rows; one array parameter per column with unnest() is one short
 * statement per batch. Column lists follow prisma/schema.prisma (the import tests cover them).
 */
const BATCH = 5000;

export interface AssetInsert {
  id: string;
  organizationId: string;
  name: string;
  description: string | null;
  orgUnitId: string;
  ownerId: string | null;
  kind: string;
  confidentiality: number | null;
  integrity: number | null;
  availability: number | null;
  traceability: number | null;
  protectionLevel: number | null;
  classified: boolean;
  classifiedAt: Date | null;
  classifiedById: string | null;
  reviewDueAt: Date | null;
  personalData: boolean;
  sensitivePersonalData: boolean;
  legalRequirements: string | null;
  createdAt: Date;
}

export interface HistoryInsert {
  id: string;
  organizationId: string;
  assetId: string;
  levels: { confidentiality: number | null; integrity: number | null; availability: number | null; traceability: number | null };
  levelNames: object;
  classifiedById: string;
  classifiedAt: Date;
}

export interface AuditInsert {
  id: string;
  organizationId: string;
  actorId: string;
  actorLabel: string;
  entityId: string;
  after: object;
  at: Date;
}

// TIMESTAMP(3) columns hold UTC; an ISO string cast to timestamp keeps the UTC clock time.
const iso = (date: Date | null) => date?.toISOString() ?? null;

async function inBatches<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

const column = <T, K extends keyof T>(rows: T[], key: K) => rows.map((row) => row[key]);

export function insertAssets(tx: Tx, rows: AssetInsert[]): Promise<void> {
  return inBatches(rows, (batch) => {
    const col = <K extends keyof AssetInsert>(key: K) => column(batch, key);
    return tx.$executeRaw`
      INSERT INTO "Asset" ("id", "organizationId", "name", "description", "orgUnitId", "ownerId", "kind",
        "confidentiality", "integrity", "availability", "traceability", "protectionLevel", "classified",
        "classifiedAt", "classifiedById", "reviewDueAt", "personalData", "sensitivePersonalData", "legalRequirements",
        "createdAt", "updatedAt", "version")
      SELECT t.id, t.org, t.name, t.description, t.unit, t.owner, t.kind::"AssetKind", t.c, t.i, t.a, t.s, t.p, t.classified,
        t.classified_at, t.classified_by, t.review_due, t.personal, t.sensitive, t.legal, t.created, t.created, 1
      FROM unnest(${col("id")}::text[], ${col("organizationId")}::text[], ${col("name")}::text[], ${col("description")}::text[],
        ${col("orgUnitId")}::text[], ${col("ownerId")}::text[], ${col("kind")}::text[],
        ${col("confidentiality")}::int[], ${col("integrity")}::int[], ${col("availability")}::int[], ${col("traceability")}::int[],
        ${col("protectionLevel")}::int[], ${col("classified")}::boolean[], ${batch.map((row) => iso(row.classifiedAt))}::timestamp(3)[],
        ${col("classifiedById")}::text[], ${batch.map((row) => iso(row.reviewDueAt))}::timestamp(3)[], ${col("personalData")}::boolean[],
        ${col("sensitivePersonalData")}::boolean[], ${col("legalRequirements")}::text[], ${batch.map((row) => iso(row.createdAt))}::timestamp(3)[])
        AS t(id, org, name, description, unit, owner, kind, c, i, a, s, p, classified, classified_at, classified_by, review_due,
             personal, sensitive, legal, created)`;
  });
}

/** Classification history rows (kind "classified", no motivations: a spreadsheet has none). */
export function insertHistory(tx: Tx, rows: HistoryInsert[]): Promise<void> {
  return inBatches(rows, (batch) => {
    const level = (aspect: keyof HistoryInsert["levels"]) => batch.map((row) => row.levels[aspect]);
    return tx.$executeRaw`
      INSERT INTO "AssetClassification" ("id", "organizationId", "assetId", "kind", "confidentiality", "integrity", "availability",
        "traceability", "motivations", "levelNames", "classifiedById", "classifiedAt")
      SELECT t.id, t.org, t.asset, 'classified', t.c, t.i, t.a, t.s, '{}'::jsonb, t.names::jsonb, t.by, t.at
      FROM unnest(${column(batch, "id")}::text[], ${column(batch, "organizationId")}::text[], ${column(batch, "assetId")}::text[],
        ${level("confidentiality")}::int[], ${level("integrity")}::int[], ${level("availability")}::int[], ${level("traceability")}::int[],
        ${batch.map((row) => JSON.stringify(row.levelNames))}::text[], ${column(batch, "classifiedById")}::text[],
        ${batch.map((row) => iso(row.classifiedAt))}::timestamp(3)[])
        AS t(id, org, asset, c, i, a, s, names, by, at)`;
  });
}

/** One audit event per imported asset (entity "asset", action "import"). */
export function insertImportAudits(tx: Tx, rows: AuditInsert[]): Promise<void> {
  return inBatches(rows, (batch) => tx.$executeRaw`
      INSERT INTO "AuditEvent" ("id", "organizationId", "actorId", "actorLabel", "entity", "entityId", "action", "after", "at")
      SELECT t.id, t.org, t.actor, t.label, 'asset', t.entity_id, 'import', t.after::jsonb, t.at
      FROM unnest(${column(batch, "id")}::text[], ${column(batch, "organizationId")}::text[], ${column(batch, "actorId")}::text[],
        ${column(batch, "actorLabel")}::text[], ${column(batch, "entityId")}::text[], ${batch.map((row) => JSON.stringify(row.after))}::text[],
        ${batch.map((row) => iso(row.at))}::timestamp(3)[])
        AS t(id, org, actor, label, entity_id, after, at)`);
}
