import "server-only";
import { db } from "../db/client";
import { Prisma } from "../generated/prisma/client";
import { indicatorLabels } from "../indicators/messages";
import { shareIndicator, type IndicatorProvider, type IndicatorView } from "../indicators/schema";
import { coverageCounts } from "./coverage";
import { KNOWLEDGE_AREAS } from "./schema";
import { UNIT_COVERED_SHARE, rate } from "./rules";

const at = (date: Date) => Prisma.sql`${date.toISOString()}::timestamp(3)`;

/**
 * People who started in the window, against the trainings that name `newStaffWithinDays` and
 * target them as new staff: on time when each was completed by the end of its last day. A person
 * whose deadline is still ahead and who has not finished yet is not counted either way.
 */
async function newStaffOnTime(organizationId: string, from: Date, to: Date, now: Date): Promise<{ onTime: number; counted: number }> {
  const [row] = await db.$queryRaw<{ on_time: number; counted: number }[]>`
    WITH t AS (SELECT id, "targetGroups", "newStaffWithinDays" AS days FROM "Training"
               WHERE "organizationId" = ${organizationId} AND status = 'active' AND "newStaffWithinDays" IS NOT NULL),
    p AS (SELECT id, "startedAt", "targetGroups" || ARRAY['all_staff', 'new_staff'] AS groups FROM "Person"
          WHERE "organizationId" = ${organizationId} AND "startedAt" >= ${at(from)} AND "startedAt" <= ${at(to)}),
    pt AS (SELECT p.id, p."startedAt" + make_interval(days => t.days + 1) AS deadline,
             EXISTS (SELECT 1 FROM "TrainingRecord" r WHERE r."personId" = p.id AND r."trainingId" = t.id
                     AND r."completedAt" < p."startedAt" + make_interval(days => t.days + 1)) AS on_time
           FROM p JOIN t ON t."targetGroups" && p.groups),
    pp AS (SELECT id, bool_and(on_time) AS on_time, max(deadline) <= ${at(now)} AS passed FROM pt GROUP BY id)
    SELECT count(*) FILTER (WHERE on_time)::int AS on_time, count(*) FILTER (WHERE on_time OR passed)::int AS counted FROM pp`;
  return { onTime: row.on_time, counted: row.counted };
}

const valueOnly = (key: "phishing.report_rate" | "phishing.click_rate_change", value: number | null): IndicatorView => ({
  key,
  perspective: "kompetens",
  label: indicatorLabels.sv[key],
  value,
  numerator: null,
  denominator: null,
  unit: "share",
  href: "/kompetens/utbildningar?kind=phishing_exercise",
});

/** Kompetens: staff current, new staff on time, units covered, MSB areas surveyed, phishing effect. */
export const competenceIndicators: IndicatorProvider = {
  perspective: "kompetens",
  async compute(organizationId, window) {
    const now = new Date();
    const inWindow = { gte: window.from, lte: window.to };
    const [{ byUnit }, newStaff, surveys, rounds] = await Promise.all([
      coverageCounts(organizationId, now),
      newStaffOnTime(organizationId, window.from, window.to, now),
      db.knowledgeSurvey.findMany({ where: { organizationId, conductedAt: inWindow }, select: { areas: true } }),
      db.phishingRound.findMany({ where: { organizationId, sentAt: inWindow }, orderBy: [{ sentAt: "asc" }, { id: "asc" }], select: { recipients: true, clicked: true, reported: true } }),
    ]);
    const people = byUnit.reduce((sum, row) => sum + row.people, 0);
    const current = byUnit.reduce((sum, row) => sum + row.current, 0);
    const units = byUnit.filter((row) => row.key !== null && row.people > 0);
    const covered = units.filter((row) => row.current / row.people >= UNIT_COVERED_SHARE).length;
    const areas = new Set(surveys.flatMap((survey) => survey.areas).filter((area) => (KNOWLEDGE_AREAS as readonly string[]).includes(area)));
    const first = rounds[0];
    const latest = rounds[rounds.length - 1];
    const firstClick = first ? rate(first.clicked, first.recipients) : null;
    const latestClick = latest ? rate(latest.clicked, latest.recipients) : null;
    return [
      shareIndicator("kompetens", "training.staff_current_share", current, people, "/kompetens"),
      shareIndicator("kompetens", "training.new_staff_on_time_share", newStaff.onTime, newStaff.counted, "/kompetens/forsenade"),
      shareIndicator("kompetens", "training.units_covered_share", covered, units.length, "/kompetens"),
      shareIndicator("kompetens", "surveys.areas_covered_share", areas.size, KNOWLEDGE_AREAS.length, "/kompetens/kartlaggningar"),
      valueOnly("phishing.report_rate", latest ? rate(latest.reported, latest.recipients) : null),
      valueOnly("phishing.click_rate_change", rounds.length >= 2 && firstClick !== null && latestClick !== null ? latestClick - firstClick : null),
    ];
  },
};
