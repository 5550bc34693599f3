import "server-only";
import { db } from "../db/client";
import { indicatorLabels } from "../indicators/messages";
import { shareIndicator, type IndicatorProvider, type IndicatorView, type IndicatorWindow } from "../indicators/schema";
import { COMPETENCE_LISTED_KEYS, competenceRecords, NEW_STAFF_PARTS, newStaffSql } from "./indicator-records";
import { coverageCounts } from "./coverage";
import { KNOWLEDGE_AREAS } from "./schema";
import { UNIT_COVERED_SHARE, rate } from "./rules";

/** New staff on time, counted with the conditions the drill-down lists by (indicator-records.ts). */
async function newStaffOnTime(organizationId: string, window: IndicatorWindow, now: Date): Promise<{ onTime: number; counted: number }> {
  const [row] = await db.$queryRaw<{ on_time: number; counted: number }[]>`
    WITH ${newStaffSql(organizationId, window, now)}
    SELECT count(*) FILTER (WHERE ${NEW_STAFF_PARTS.numerator})::int AS on_time, count(*) FILTER (WHERE ${NEW_STAFF_PARTS.denominator})::int AS counted FROM pp`;
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
  listed: COMPETENCE_LISTED_KEYS,
  records: (principal, key, part, window) => competenceRecords(principal.organizationId, key, part, window),
  async compute(organizationId, window) {
    const now = new Date();
    const inWindow = { gte: window.from, lte: window.to };
    const [{ byUnit }, newStaff, surveys, rounds] = await Promise.all([
      coverageCounts(organizationId, now),
      newStaffOnTime(organizationId, window, now),
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
