import "server-only";
import { containsText, type OptionsQuery } from "../api/options";
import { paged, pageArgs, type ListResult } from "../api/list";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { db, type Prisma } from "../db/client";
import type {
  PersonListQuery,
  PersonView,
  RecordListQuery,
  RecordView,
  TrainingListQuery,
  TrainingView,
} from "./schema";

type PersonRow = Prisma.PersonGetPayload<object>;
type TrainingRow = Prisma.TrainingGetPayload<object>;
const recordInclude = { person: { select: { name: true } }, training: { select: { title: true } } } as const;
type RecordRow = Prisma.TrainingRecordGetPayload<{ include: typeof recordInclude }>;

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/** The competence register is read whole by its readers (no "own" grant): the organisation is the scope. */
export function competenceScope(principal: Principal) {
  authorize(principal, "competence.read");
  return { organizationId: principal.organizationId };
}

export async function unitNames(organizationId: string, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  if (wanted.length === 0) return new Map();
  const units = await db.orgUnit.findMany({ where: { organizationId, id: { in: wanted } }, select: { id: true, name: true } });
  return new Map(units.map((unit) => [unit.id, unit.name]));
}

export async function toPersonViews(rows: PersonRow[]): Promise<PersonView[]> {
  const units = await unitNames(rows[0]?.organizationId ?? "", rows.map((row) => row.orgUnitId));
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    email: row.email,
    employeeNumber: row.employeeNumber,
    orgUnitId: row.orgUnitId,
    orgUnitName: row.orgUnitId ? (units.get(row.orgUnitId) ?? null) : null,
    targetGroups: row.targetGroups,
    startedAt: day(row.startedAt),
    endedAt: day(row.endedAt),
    userId: row.userId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  }));
}

/** Active people have no end date, or one still ahead; `active=false` lists everyone. */
export function personWhere(principal: Principal, filter: Partial<Pick<PersonListQuery, "orgUnitId" | "active" | "q">>, now = new Date()): Prisma.PersonWhereInput {
  const and: Prisma.PersonWhereInput[] = [competenceScope(principal)];
  if (filter.active !== false) and.push({ OR: [{ endedAt: null }, { endedAt: { gt: now } }] });
  if (filter.orgUnitId) and.push({ orgUnitId: filter.orgUnitId });
  if (filter.q) {
    const contains = containsText(filter.q);
    and.push({ OR: [{ name: contains }, { email: contains }, { employeeNumber: filter.q }] });
  }
  return { AND: and };
}

export async function listPeople(principal: Principal, query: PersonListQuery): Promise<ListResult<PersonView>> {
  const where = personWhere(principal, query);
  return paged(query, db.person.findMany({ where, ...pageArgs(query, { name: "asc" }) }), db.person.count({ where }), toPersonViews);
}

export async function getPerson(principal: Principal, id: string): Promise<PersonView> {
  const row = await db.person.findUnique({ where: { id } });
  authorize(principal, "competence.read", row);
  return (await toPersonViews([row!]))[0];
}

export async function personOptions(principal: Principal, query: OptionsQuery) {
  const rows = await db.person.findMany({ where: personWhere(principal, { q: query.q }), select: { id: true, name: true }, orderBy: { name: "asc" }, take: query.take });
  return { items: rows };
}

export function toTrainingView(row: TrainingRow): TrainingView {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    kind: row.kind as TrainingView["kind"],
    targetGroups: row.targetGroups,
    mandatory: row.mandatory,
    recurrenceMonths: row.recurrenceMonths,
    newStaffWithinDays: row.newStaffWithinDays,
    knowledgeAreas: row.knowledgeAreas as TrainingView["knowledgeAreas"],
    ownerId: row.ownerId,
    status: row.status as TrainingView["status"],
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

export async function listTrainings(principal: Principal, query: TrainingListQuery): Promise<ListResult<TrainingView>> {
  const where: Prisma.TrainingWhereInput = { ...competenceScope(principal), ...(query.status ? { status: query.status } : {}), ...(query.kind ? { kind: query.kind } : {}), ...(query.q ? { title: containsText(query.q) } : {}) };
  return paged(query, db.training.findMany({ where, ...pageArgs(query, { title: "asc" }) }), db.training.count({ where }), (rows) => rows.map(toTrainingView));
}

export async function getTraining(principal: Principal, id: string): Promise<TrainingView> {
  const row = await db.training.findUnique({ where: { id } });
  authorize(principal, "competence.read", row);
  return toTrainingView(row!);
}

export function toRecordView(row: RecordRow): RecordView {
  return {
    id: row.id,
    personId: row.personId,
    personName: row.person.name,
    trainingId: row.trainingId,
    trainingTitle: row.training.title,
    completedAt: row.completedAt.toISOString(),
    score: row.score,
    passed: row.passed,
    source: row.source as RecordView["source"],
    createdAt: row.createdAt.toISOString(),
    version: row.version,
  };
}

export async function loadRecordViews(ids: string[]): Promise<RecordView[]> {
  const rows = await db.trainingRecord.findMany({ where: { id: { in: ids } }, include: recordInclude, orderBy: { completedAt: "desc" } });
  return rows.map(toRecordView);
}

export async function listRecords(principal: Principal, query: RecordListQuery): Promise<ListResult<RecordView>> {
  const where: Prisma.TrainingRecordWhereInput = {
    ...competenceScope(principal),
    ...(query.personId ? { personId: query.personId } : {}),
    ...(query.trainingId ? { trainingId: query.trainingId } : {}),
  };
  const rows = db.trainingRecord.findMany({ where, include: recordInclude, ...pageArgs(query, { completedAt: "desc" }) });
  return paged(query, rows, db.trainingRecord.count({ where }), (page) => page.map(toRecordView));
}

/** The person record of the signed-in user: linked by user id, else by e-mail address; null when not in the register. */
export async function ownPerson(principal: Principal): Promise<PersonRow | null> {
  return (
    (await db.person.findFirst({ where: { organizationId: principal.organizationId, userId: principal.userId } })) ??
    (await db.person.findFirst({ where: { organizationId: principal.organizationId, email: principal.email.toLowerCase() }, orderBy: { createdAt: "asc" } }))
  );
}
