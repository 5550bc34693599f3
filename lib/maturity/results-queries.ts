import "server-only";
import type { Principal } from "../authz/roles";
import { notFound } from "../errors";
import { currentIndicators } from "../indicators/queries";
import { getAssessment, assessmentHistory } from "./queries";
import { compareSessions, perspectiveResults, perspectiveTrends, selfAssessmentWarning, type PerspectiveComparison, type PerspectiveTrend } from "./results";
import type { AssessmentResultsView } from "./results-schema";

export type { AssessmentResultsView };
import type { AssessmentStatus } from "./schema";
import { maturitySettings } from "./settings";

/** "Vårt resultat" for one session: level, target and gap per perspective, with today's indicators beside each level. */
export async function assessmentResults(principal: Principal, id: string): Promise<AssessmentResultsView> {
  const assessment = await getAssessment(principal, id);
  const [{ targets }, indicators] = await Promise.all([maturitySettings.read(principal), currentIndicators(principal)]);
  return {
    assessmentId: assessment.id,
    title: assessment.title,
    heldAt: assessment.heldAt,
    perspectives: perspectiveResults(assessment, targets).map((result) => {
      const own = indicators.items.filter((indicator) => indicator.perspective === result.perspective);
      return { ...result, indicators: own, warning: selfAssessmentWarning(result.perspective, result.level, own) };
    }),
    computedAt: indicators.computedAt,
  };
}

/** The trend per perspective over the organisation's sessions (completed ones unless asked otherwise). */
export async function maturityTrend(principal: Principal, status: AssessmentStatus | "all" = "completed"): Promise<{ perspectives: PerspectiveTrend[]; sessions: number }> {
  const history = await assessmentHistory(principal, status === "all" ? undefined : status);
  return { perspectives: perspectiveTrends(history), sessions: history.length };
}

/** Two sessions side by side. */
export async function compareAssessments(principal: Principal, fromId: string, toId: string): Promise<{ from: { id: string; title: string; heldAt: string }; to: { id: string; title: string; heldAt: string }; perspectives: PerspectiveComparison[] }> {
  const [from, to] = await Promise.all([getAssessment(principal, fromId), getAssessment(principal, toId)]).catch((error) => {
    throw error?.status === 404 ? notFound("En av sessionerna finns inte.") : error;
  });
  const head = (s: typeof from) => ({ id: s.id, title: s.title, heldAt: s.heldAt });
  return { from: head(from), to: head(to), perspectives: compareSessions(from, to) };
}
