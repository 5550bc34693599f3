import "server-only";
import type { Tx } from "../db/client";

/**
 * Bulk inserts for sessions and imports (50 000 completions within seconds): one array parameter
 * per column with unnest(), in batches, rather than Prisma binding every value separately.
 */
const BATCH = 5000;

export interface RecordInsert {
  id: string;
  organizationId: string;
  personId: string;
  trainingId: string;
  completedAt: Date;
  score: number | null;
  passed: boolean | null;
  source: string;
}

export interface AuditInsert {
  organizationId: string;
  actorId: string;
  actorLabel: string;
  entity: string;
  entityId: string;
  action: string;
  before?: object;
  after?: object;
}

async function inBatches<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

export interface Actor {
  userId: string;
  email: string;
}

/**
 * Completions and their audit events (one each) in one statement per batch: the audit rows are
 * built by PostgreSQL from the inserted rows, so the values cross the wire once.
 */
export function insertRecords(tx: Tx, rows: RecordInsert[], now: Date, audit: { actor: Actor; action: string }): Promise<void> {
  const at = now.toISOString();
  return inBatches(rows, (batch) => tx.$executeRaw`
    WITH ins AS (
      INSERT INTO "TrainingRecord" ("id", "organizationId", "personId", "trainingId", "completedAt", "score", "passed", "source", "createdAt", "updatedAt", "version")
      SELECT t.id, t.org, t.person, t.training, t.completed, t.score, t.passed, t.source, ${at}::timestamp(3), ${at}::timestamp(3), 1
      FROM unnest(${batch.map((r) => r.id)}::text[], ${batch.map((r) => r.organizationId)}::text[], ${batch.map((r) => r.personId)}::text[],
        ${batch.map((r) => r.trainingId)}::text[], ${batch.map((r) => r.completedAt.toISOString())}::timestamp(3)[], ${batch.map((r) => r.score)}::int[],
        ${batch.map((r) => r.passed)}::boolean[], ${batch.map((r) => r.source)}::text[])
        AS t(id, org, person, training, completed, score, passed, source)
      RETURNING "id", "organizationId", "personId", "trainingId", "completedAt", "score", "passed", "source")
    INSERT INTO "AuditEvent" ("id", "organizationId", "actorId", "actorLabel", "entity", "entityId", "action", "after", "at")
    SELECT gen_random_uuid()::text, ins."organizationId", ${audit.actor.userId}, ${audit.actor.email}, 'training_record', ins.id, ${audit.action},
      jsonb_build_object('personId', ins."personId", 'trainingId', ins."trainingId", 'completedAt', ins."completedAt", 'score', ins.score, 'passed', ins.passed, 'source', ins.source),
      ${at}::timestamp(3)
    FROM ins`);
}

/** Audit events for bulk writes, one per record, in the same transaction as the records. */
export function insertAudits(tx: Tx, rows: AuditInsert[]): Promise<void> {
  const json = (value: object | undefined) => (value ? JSON.stringify(value) : null);
  return inBatches(rows, (batch) => tx.$executeRaw`
    INSERT INTO "AuditEvent" ("id", "organizationId", "actorId", "actorLabel", "entity", "entityId", "action", "before", "after")
    SELECT gen_random_uuid()::text, t.org, t.actor, t.label, t.entity, t.entity_id, t.action, t.before::jsonb, t.after::jsonb
    FROM unnest(${batch.map((r) => r.organizationId)}::text[], ${batch.map((r) => r.actorId)}::text[], ${batch.map((r) => r.actorLabel)}::text[],
      ${batch.map((r) => r.entity)}::text[], ${batch.map((r) => r.entityId)}::text[], ${batch.map((r) => r.action)}::text[],
      ${batch.map((r) => json(r.before))}::text[], ${batch.map((r) => json(r.after))}::text[])
      AS t(org, actor, label, entity, entity_id, action, before, after)`);
}
