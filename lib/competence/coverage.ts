import "server-only";
import type { Principal } from "../authz/roles";
import { db } from "../db/client";
import { Prisma } from "../generated/prisma/client";
import { competenceScope, unitNames } from "./queries";
import { dueSoonLimit, NEW_STAFF_DAYS, share } from "./rules";
import type { CoverageRow, CoverageStatus, CoverageView, OverdueQuery, OverdueView } from "./schema";

// Coverage at the scale of a region (20 000 people, 200 000 records) is computed by PostgreSQL in
// grouped queries, never per person in JS. The SQL states the same rules as rules.ts (coverageOf,
// personGroups); lib/competence/coverage.test.ts holds the two to the same answers.

// TIMESTAMP(3) columns hold UTC; an ISO string cast to timestamp keeps the UTC clock time.
const at = (date: Date) => Prisma.sql`${date.toISOString()}::timestamp(3)`;

/**
 * One row per active person and active mandatory training that targets them, with the last
 * completion, the due date and the status. `unitId` narrows to one org unit.
 */
export function pairsSql(organizationId: string, now: Date, narrow: { unitId?: string; personIds?: string[] } = {}): Prisma.Sql {
  const unit = narrow.unitId ? Prisma.sql`AND "orgUnitId" = ${narrow.unitId}` : Prisma.empty;
  const people = narrow.personIds ? Prisma.sql`AND id = ANY(${narrow.personIds}::text[])` : Prisma.empty;
  return Prisma.sql`
    t AS (SELECT id, title, "targetGroups", "recurrenceMonths", "newStaffWithinDays" FROM "Training"
          WHERE "organizationId" = ${organizationId} AND status = 'active' AND mandatory),
    p AS (SELECT id, name, "employeeNumber", email, "userId", "orgUnitId", "startedAt",
            "targetGroups" || ARRAY['all_staff'] ||
              CASE WHEN "startedAt" > ${at(now)} - make_interval(days => ${NEW_STAFF_DAYS}) THEN ARRAY['new_staff'] ELSE ARRAY[]::text[] END AS groups
          FROM "Person" WHERE "organizationId" = ${organizationId} AND ("endedAt" IS NULL OR "endedAt" > ${at(now)}) ${unit} ${people}),
    l AS (SELECT "personId", "trainingId", max("completedAt") AS last FROM "TrainingRecord"
          WHERE "organizationId" = ${organizationId} AND "trainingId" IN (SELECT id FROM t) GROUP BY 1, 2),
    d AS (SELECT p.id AS person_id, p.name, p."employeeNumber", p.email, p."userId", p."orgUnitId" AS unit_id, p.groups,
            t.id AS training_id, t.title, l.last,
            CASE WHEN l.last IS NULL THEN
                   CASE WHEN t."newStaffWithinDays" IS NOT NULL AND p."startedAt" IS NOT NULL
                        THEN p."startedAt" + make_interval(days => t."newStaffWithinDays") END
                 WHEN t."recurrenceMonths" IS NOT NULL THEN l.last + make_interval(months => t."recurrenceMonths") END AS due
          FROM p JOIN t ON t."targetGroups" && p.groups
          LEFT JOIN l ON l."personId" = p.id AND l."trainingId" = t.id),
    pt AS (SELECT d.*, CASE WHEN d.last IS NULL THEN 'never'
                           WHEN d.due IS NULL THEN 'current'
                           WHEN d.due <= ${at(now)} THEN 'overdue'
                           WHEN d.due < ${at(dueSoonLimit(now))} THEN 'due_soon'
                           ELSE 'current' END AS status
           FROM d)`;
}

/** Per active person: current on every mandatory training that targets them (none at all counts as current). */
export const peopleSql = Prisma.sql`
    ps AS (SELECT p.id, p."orgUnitId" AS unit_id, p.groups, coalesce(bool_and(pt.status IN ('current', 'due_soon')), true) AS current
           FROM p LEFT JOIN pt ON pt.person_id = p.id GROUP BY p.id, p."orgUnitId", p.groups)`;

interface CountRow {
  kind: "unit" | "group";
  key: string | null;
  people: number;
  current: number;
}

/** Active people and those current, per org unit and per target group, in one statement. */
export async function coverageCounts(organizationId: string, now: Date): Promise<{ byUnit: CountRow[]; byGroup: CountRow[] }> {
  const rows = await db.$queryRaw<CountRow[]>`
    WITH ${pairsSql(organizationId, now)}, ${peopleSql}
    SELECT 'unit' AS kind, unit_id AS key, count(*)::int AS people, count(*) FILTER (WHERE current)::int AS current FROM ps GROUP BY unit_id
    UNION ALL
    SELECT 'group', g, count(*)::int, count(*) FILTER (WHERE current)::int FROM ps, unnest(groups) AS g GROUP BY g`;
  return { byUnit: rows.filter((row) => row.kind === "unit"), byGroup: rows.filter((row) => row.kind === "group") };
}

export const toCoverageRow = (row: CountRow, name: string): CoverageRow => ({ key: row.key ?? "", name, people: row.people, current: row.current, share: share(row.current, row.people) });

export interface PairRow {
  person_id: string;
  name: string;
  employeeNumber: string | null;
  email: string | null;
  userId: string | null;
  unit_id: string | null;
  training_id: string;
  title: string;
  last: Date | null;
  due: Date | null;
  status: CoverageStatus;
}

/** The person–training pairs in the given states (the overdue list, reminders), at most `take`. */
export function pairsIn(organizationId: string, now: Date, statuses: CoverageStatus[], options: { unitId?: string; personIds?: string[]; take: number; dueBefore?: Date }): Promise<PairRow[]> {
  const before = options.dueBefore ? Prisma.sql`AND pt.due IS NOT NULL AND pt.due < ${at(options.dueBefore)}` : Prisma.empty;
  return db.$queryRaw<PairRow[]>`
    WITH ${pairsSql(organizationId, now, options)}
    SELECT person_id, name, "employeeNumber", email, "userId", unit_id, training_id, title, last, due, status FROM pt
    WHERE status IN (${Prisma.join(statuses)}) ${before}
    ORDER BY name, person_id, title LIMIT ${options.take}`;
}

/** The coverage page: the share current per org unit and target group (group keys; the UI labels them). */
export async function getCoverage(principal: Principal, now = new Date()): Promise<CoverageView> {
  const { organizationId } = competenceScope(principal);
  const { byUnit, byGroup } = await coverageCounts(organizationId, now);
  const names = await unitNames(organizationId, byUnit.map((row) => row.key));
  const people = byUnit.reduce((sum, row) => sum + row.people, 0);
  const current = byUnit.reduce((sum, row) => sum + row.current, 0);
  return {
    people,
    current,
    byUnit: byUnit.map((row) => toCoverageRow(row, row.key ? (names.get(row.key) ?? "") : "")).sort((a, b) => a.name.localeCompare(b.name, "sv")),
    byGroup: byGroup.map((row) => toCoverageRow(row, row.key ?? "")).sort((a, b) => a.key.localeCompare(b.key)),
  };
}

export const MAX_OVERDUE_ROWS = 10_000;

/** Who is overdue (or has never done a mandatory training), per unit for a manager's view and the export. */
export async function listOverdue(principal: Principal, query: OverdueQuery, now = new Date()): Promise<{ items: OverdueView[] }> {
  const { organizationId } = competenceScope(principal);
  const rows = await pairsIn(organizationId, now, ["overdue", "never"], { unitId: query.orgUnitId, take: MAX_OVERDUE_ROWS });
  const names = await unitNames(organizationId, rows.map((row) => row.unit_id));
  return {
    items: rows.map((row) => ({
      personId: row.person_id,
      personName: row.name,
      employeeNumber: row.employeeNumber,
      orgUnitName: row.unit_id ? (names.get(row.unit_id) ?? null) : null,
      trainingId: row.training_id,
      trainingTitle: row.title,
      status: row.status as "overdue" | "never",
      lastCompletedAt: row.last?.toISOString() ?? null,
      dueAt: row.due?.toISOString() ?? null,
    })),
  };
}
