import "server-only";
import { db } from "../db/client";
import { Prisma } from "../generated/prisma/client";
import { idSet, shareRecords, type CountedShare } from "../indicators/counted";
import type { IndicatorWindow } from "../indicators/schema";
import { pairsSql, peopleSql } from "./coverage";
import { UNIT_COVERED_SHARE } from "./rules";

// TIMESTAMP(3) columns hold UTC; an ISO string cast to timestamp keeps the UTC clock time.
const at = (date: Date) => Prisma.sql`${date.toISOString()}::timestamp(3)`;

/**
 * People who started in the window (`pp`), one row each, against the trainings that name
 * `newStaffWithinDays` and target them as new staff: `on_time` when each was completed by the end
 * of its last day, `passed` when the last deadline is behind us.
 */
export function newStaffSql(organizationId: string, window: IndicatorWindow, now: Date): Prisma.Sql {
  return Prisma.sql`
    t AS (SELECT id, "targetGroups", "newStaffWithinDays" AS days FROM "Training"
          WHERE "organizationId" = ${organizationId} AND status = 'active' AND "newStaffWithinDays" IS NOT NULL),
    p AS (SELECT id, "startedAt", "targetGroups" || ARRAY['all_staff', 'new_staff'] AS groups FROM "Person"
          WHERE "organizationId" = ${organizationId} AND "startedAt" >= ${at(window.from)} AND "startedAt" <= ${at(window.to)}),
    pt AS (SELECT p.id, p."startedAt" + make_interval(days => t.days + 1) AS deadline,
             EXISTS (SELECT 1 FROM "TrainingRecord" r WHERE r."personId" = p.id AND r."trainingId" = t.id
                     AND r."completedAt" < p."startedAt" + make_interval(days => t.days + 1)) AS on_time
           FROM p JOIN t ON t."targetGroups" && p.groups),
    pp AS (SELECT id, bool_and(on_time) AS on_time, max(deadline) <= ${at(now)} AS passed FROM pt GROUP BY id)`;
}

/**
 * The conditions on `pp` that the aggregate counts (FILTER (WHERE …)) and the drill-down lists
 * (WHERE …): a person whose deadline is still ahead and who has not finished is in neither.
 */
export const NEW_STAFF_PARTS = { numerator: Prisma.sql`on_time`, denominator: Prisma.sql`on_time OR passed` };
/** The same for active people (`ps` of coverage.ts): current on every mandatory training that targets them. */
const STAFF_PARTS = { numerator: Prisma.sql`current`, denominator: Prisma.sql`true` };
/** Org units with active people; covered when the share current reaches UNIT_COVERED_SHARE (float division, as in JS). */
const UNIT_PARTS = {
  numerator: Prisma.sql`(count(*) FILTER (WHERE current))::float8 / count(*) >= ${UNIT_COVERED_SHARE}::float8`,
  denominator: Prisma.sql`true`,
};

const ids = (query: Prisma.Sql) => db.$queryRaw<{ id: string }[]>(query).then((rows) => rows.map((row) => row.id));

/** The competence shares' counted sets, by the very CTEs and conditions the figures are counted with. */
function shares(organizationId: string, window: IndicatorWindow, now: Date): Record<string, CountedShare> {
  const staff = (where: Prisma.Sql) => idSet("person", () => ids(Prisma.sql`WITH ${pairsSql(organizationId, now)}, ${peopleSql} SELECT id FROM ps WHERE ${where} ORDER BY id`));
  const units = (having: Prisma.Sql) =>
    idSet("org_unit", () => ids(Prisma.sql`WITH ${pairsSql(organizationId, now)}, ${peopleSql} SELECT unit_id AS id FROM ps WHERE unit_id IS NOT NULL GROUP BY unit_id HAVING ${having} ORDER BY unit_id`));
  const starters = (where: Prisma.Sql) => idSet("person", () => ids(Prisma.sql`WITH ${newStaffSql(organizationId, window, now)} SELECT id FROM pp WHERE ${where} ORDER BY id`));
  return {
    "training.staff_current_share": { numerator: staff(STAFF_PARTS.numerator), denominator: staff(STAFF_PARTS.denominator) },
    "training.new_staff_on_time_share": { numerator: starters(NEW_STAFF_PARTS.numerator), denominator: starters(NEW_STAFF_PARTS.denominator) },
    "training.units_covered_share": { numerator: units(UNIT_PARTS.numerator), denominator: units(UNIT_PARTS.denominator) },
  };
}

/** The keys whose records can be listed: the areas surveyed are areas, and phishing figures are rates, not records. */
export const COMPETENCE_LISTED_KEYS = ["training.staff_current_share", "training.new_staff_on_time_share", "training.units_covered_share"] as const;

export const competenceRecords = (organizationId: string, key: string, part: "numerator" | "denominator", window: IndicatorWindow) =>
  shareRecords(shares(organizationId, window, new Date()), key, part);
