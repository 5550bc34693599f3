import "server-only";
import { randomUUID } from "node:crypto";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { db, type Tx } from "../db/client";
import { createAudited, deleteAudited, nextVersion, updateAudited, versionedWhere } from "../db/mutation";
import { assertReferences } from "../db/references";
import { badRequest } from "../errors";
import { insertRecords, type RecordInsert } from "./bulk-insert";
import { loadRecordViews, toPersonViews, toTrainingView } from "./queries";
import type { PersonCreate, PersonUpdate, PersonView, RecordCreate, RecordView, SessionCreate, TrainingCreate, TrainingUpdate, TrainingView } from "./schema";

// Each write reads: authorise → check references → apply the rules → write with the audit event → view.

const inOrg = (principal: Principal) => ({ organizationId: principal.organizationId });

function assertDates(startedAt: Date | null | undefined, endedAt: Date | null | undefined) {
  if (startedAt && endedAt && endedAt < startedAt) throw badRequest("Slutdatum före startdatum.", { endedAt: ["Slutdatum kan inte vara före startdatum."] });
}

const personRefs = (tx: Tx, principal: Principal, input: Partial<PersonCreate>) =>
  assertReferences(tx, principal.organizationId, { orgUnitId: { type: "org_unit", ids: input.orgUnitId }, userId: { type: "user", ids: input.userId } });

export async function createPerson(principal: Principal, input: PersonCreate): Promise<PersonView> {
  authorize(principal, "competence.write");
  assertDates(input.startedAt, input.endedAt);
  const row = await createAudited(principal, "person", async (tx) => {
    await personRefs(tx, principal, input);
    return tx.person.create({ data: { ...input, ...inOrg(principal) } });
  });
  return (await toPersonViews([row]))[0];
}

export async function updatePerson(principal: Principal, id: string, input: PersonUpdate): Promise<PersonView> {
  const { version, ...changes } = input;
  const row = await updateAudited(principal, "person", {
    version,
    load: (tx) => tx.person.findUnique({ where: { id } }),
    check: (before) => authorize(principal, "competence.write", before),
    update: async (tx, before) => {
      await personRefs(tx, principal, changes);
      assertDates(changes.startedAt !== undefined ? changes.startedAt : before.startedAt, changes.endedAt !== undefined ? changes.endedAt : before.endedAt);
      return tx.person.update({ where: versionedWhere(id, version), data: { ...changes, ...nextVersion } });
    },
  });
  return (await toPersonViews([row]))[0];
}

export async function deletePerson(principal: Principal, id: string): Promise<void> {
  await deleteAudited(principal, "person", {
    load: (tx) => tx.person.findUnique({ where: { id } }),
    check: (before) => authorize(principal, "competence.write", before),
    remove: (tx) => tx.person.delete({ where: { id } }),
  });
}

export async function createTraining(principal: Principal, input: TrainingCreate): Promise<TrainingView> {
  authorize(principal, "competence.write");
  const row = await createAudited(principal, "training", async (tx) => {
    await assertReferences(tx, principal.organizationId, { ownerId: { type: "user", ids: input.ownerId } });
    return tx.training.create({ data: { ...input, ...inOrg(principal) } });
  });
  return toTrainingView(row);
}

/** Pausing keeps every record: it only stops due dates and reminders (rules.coverageOf). */
export async function updateTraining(principal: Principal, id: string, input: TrainingUpdate): Promise<TrainingView> {
  const { version, ...changes } = input;
  const row = await updateAudited(principal, "training", {
    version,
    load: (tx) => tx.training.findUnique({ where: { id } }),
    check: (before) => authorize(principal, "competence.write", before),
    update: async (tx) => {
      await assertReferences(tx, principal.organizationId, { ownerId: { type: "user", ids: changes.ownerId } });
      return tx.training.update({ where: versionedWhere(id, version), data: { ...changes, ...nextVersion } });
    },
  });
  return toTrainingView(row);
}

export async function deleteTraining(principal: Principal, id: string): Promise<void> {
  await deleteAudited(principal, "training", {
    load: (tx) => tx.training.findUnique({ where: { id } }),
    check: (before) => authorize(principal, "competence.write", before),
    remove: (tx) => tx.training.delete({ where: { id } }),
  });
}

/** Writes completions and one audit event each, in the caller's transaction. */
export function insertRecordsInTx(tx: Tx, principal: Principal, records: RecordInsert[], action: string): Promise<void> {
  return insertRecords(tx, records, new Date(), { actor: principal, action });
}

const recordOf = (principal: Principal, input: Omit<RecordCreate, "source"> & { source: string }): RecordInsert => ({
  id: randomUUID(),
  organizationId: principal.organizationId,
  personId: input.personId,
  trainingId: input.trainingId,
  completedAt: input.completedAt,
  score: input.score ?? null,
  passed: input.passed ?? null,
  source: input.source,
});

export async function createRecord(principal: Principal, input: RecordCreate): Promise<RecordView> {
  authorize(principal, "competence.write");
  const record = recordOf(principal, input);
  await db.$transaction(async (tx) => {
    await assertReferences(tx, principal.organizationId, { personId: { type: "person", ids: input.personId }, trainingId: { type: "training", ids: input.trainingId } });
    await insertRecordsInTx(tx, principal, [record], "create");
  });
  return (await loadRecordViews([record.id]))[0];
}

/** A whole session: the ticked attendees completed the training on one day. */
export async function registerSession(principal: Principal, input: SessionCreate): Promise<{ created: number }> {
  authorize(principal, "competence.write");
  const personIds = [...new Set(input.personIds)];
  const records = personIds.map((personId) => recordOf(principal, { personId, trainingId: input.trainingId, completedAt: input.completedAt, source: "manual" }));
  await db.$transaction(async (tx) => {
    await assertReferences(tx, principal.organizationId, { personIds: { type: "person", ids: personIds }, trainingId: { type: "training", ids: input.trainingId } });
    await insertRecordsInTx(tx, principal, records, "create");
  });
  return { created: records.length };
}

export async function deleteRecord(principal: Principal, id: string): Promise<void> {
  await deleteAudited(principal, "training_record", {
    load: (tx) => tx.trainingRecord.findUnique({ where: { id } }),
    check: (before) => authorize(principal, "competence.write", before),
    remove: (tx) => tx.trainingRecord.delete({ where: { id } }),
  });
}
