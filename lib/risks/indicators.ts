import "server-only";
import { db } from "../db/client";
import { idSet, shareRecords, shareViews, whereSet, type CountedShares } from "../indicators/counted";
import type { IndicatorProvider } from "../indicators/schema";
import { isAcceptanceDocumented } from "./rules";

const DAY = 86_400_000;

/** Done by the due date: completed no later than the end of the due day (UTC). */
export function doneOnTime(action: { status: string; dueAt: Date | null; completedAt: Date | null }): boolean {
  if (action.status !== "done" || !action.dueAt || !action.completedAt) return false;
  const endOfDueDay = Math.floor(action.dueAt.getTime() / DAY) * DAY + DAY;
  return action.completedAt.getTime() < endOfDueDay;
}

/**
 * Riskhantering: coverage by analyses, decided treatments, documented acceptance, actions on time.
 * Each figure's two sets are defined once here, for the count and for the drill-down list alike.
 */
const shares: CountedShares = (organizationId, window) => {
  const inWindow = { gte: window.from, lte: window.to };
  const notClosed = whereSet("risk", db.risk, { organizationId, status: { not: "closed" } });
  const accepted = () =>
    db.risk.findMany({
      where: { organizationId, status: "accepted" },
      select: { id: true, acceptanceDecidedById: true, acceptanceDecidedAt: true, acceptanceMotivation: true },
      orderBy: { id: "asc" },
    });
  // A cancelled action is no longer due.
  const riskActions = () =>
    db.action.findMany({
      where: { organizationId, sourceType: "risk", dueAt: inWindow, status: { not: "cancelled" } },
      select: { id: true, status: true, dueAt: true, completedAt: true },
      orderBy: { id: "asc" },
    });
  const ids = (rows: { id: string }[]) => rows.map((row) => row.id);
  return {
    "risks.assets_covered_share": {
      numerator: whereSet("asset", db.asset, { organizationId, riskAnalyses: { some: { analysis: { organizationId, status: "completed", performedAt: inWindow } } } }),
      denominator: whereSet("asset", db.asset, { organizationId }),
      href: "/risker/analyser?status=completed",
    },
    "risks.treatment_decided_share": {
      numerator: whereSet("risk", db.risk, { organizationId, status: { not: "closed" }, treatment: { not: null } }),
      denominator: notClosed,
      href: "/risker?treatment=none",
    },
    "risks.accepted_documented_share": {
      numerator: idSet("risk", () =>
        accepted().then((rows) =>
          ids(rows.filter((risk) => isAcceptanceDocumented({ decidedById: risk.acceptanceDecidedById, decidedAt: risk.acceptanceDecidedAt, motivation: risk.acceptanceMotivation }))),
        ),
      ),
      denominator: idSet("risk", () => accepted().then(ids)),
      href: "/risker?status=accepted",
    },
    "actions.risk_on_time_share": {
      numerator: idSet("action", () => riskActions().then((rows) => ids(rows.filter(doneOnTime)))),
      denominator: idSet("action", () => riskActions().then(ids)),
      href: "/atgarder?source=risk",
    },
  };
};

export const riskIndicators: IndicatorProvider = {
  perspective: "riskhantering",
  compute: (organizationId, window) => shareViews("riskhantering", shares(organizationId, window, new Date())),
  records: (principal, key, part, window) => shareRecords(shares(principal.organizationId, window, new Date()), key, part),
};
