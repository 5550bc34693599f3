import "server-only";
import { db } from "../db/client";
import { shareIndicator, type IndicatorProvider } from "../indicators/schema";
import { isAcceptanceDocumented } from "./rules";

const DAY = 86_400_000;

/** Done by the due date: completed no later than the end of the due day (UTC). */
export function doneOnTime(action: { status: string; dueAt: Date | null; completedAt: Date | null }): boolean {
  if (action.status !== "done" || !action.dueAt || !action.completedAt) return false;
  const endOfDueDay = Math.floor(action.dueAt.getTime() / DAY) * DAY + DAY;
  return action.completedAt.getTime() < endOfDueDay;
}

/** Riskhantering: coverage by analyses, decided treatments, documented acceptance, actions on time. */
export const riskIndicators: IndicatorProvider = {
  perspective: "riskhantering",
  async compute(organizationId, window) {
    const inWindow = { gte: window.from, lte: window.to };
    const [assets, covered, notClosed, decided, accepted, riskActions] = await Promise.all([
      db.asset.count({ where: { organizationId } }),
      db.asset.count({
        where: { organizationId, riskAnalyses: { some: { analysis: { organizationId, status: "completed", performedAt: inWindow } } } },
      }),
      db.risk.count({ where: { organizationId, status: { not: "closed" } } }),
      db.risk.count({ where: { organizationId, status: { not: "closed" }, treatment: { not: null } } }),
      db.risk.findMany({
        where: { organizationId, status: "accepted" },
        select: { acceptanceDecidedById: true, acceptanceDecidedAt: true, acceptanceMotivation: true },
      }),
      // A cancelled action is no longer due.
      db.action.findMany({
        where: { organizationId, sourceType: "risk", dueAt: inWindow, status: { not: "cancelled" } },
        select: { status: true, dueAt: true, completedAt: true },
      }),
    ]);
    const documented = accepted.filter((risk) =>
      isAcceptanceDocumented({ decidedById: risk.acceptanceDecidedById, decidedAt: risk.acceptanceDecidedAt, motivation: risk.acceptanceMotivation }),
    ).length;
    return [
      shareIndicator("riskhantering", "risks.assets_covered_share", covered, assets, "/risker/analyser?status=completed"),
      shareIndicator("riskhantering", "risks.treatment_decided_share", decided, notClosed, "/risker?treatment=none"),
      shareIndicator("riskhantering", "risks.accepted_documented_share", documented, accepted.length, "/risker?status=accepted"),
      shareIndicator("riskhantering", "actions.risk_on_time_share", riskActions.filter(doneOnTime).length, riskActions.length, "/atgarder?source=risk"),
    ];
  },
};
