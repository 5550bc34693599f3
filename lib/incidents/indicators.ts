import "server-only";
import { indicatorLabels } from "../indicators/messages";
import { db } from "../db/client";
import { shareIndicator, type IndicatorProvider, type IndicatorView } from "../indicators/schema";
import { foreseenIncidentIds } from "./foreseen";

const DAY_MS = 86_400_000;

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Incidenthantering, window by occurredAt (obligations: by dueAt). Days to close run from
 * reportedAt, when the organisation's handling started, to closedAt.
 */
export const incidentIndicators: IndicatorProvider = {
  perspective: "incidenthantering",
  async compute(organizationId, { from, to }): Promise<IndicatorView[]> {
    const inWindow = { organizationId, occurredAt: { gte: from, lte: to } };
    const closed = { ...inWindow, status: "closed" as const };
    const [total, foreseen, closedCount, withRootCause, repeats, closedRows, obligations] = await Promise.all([
      db.incident.count({ where: inWindow }),
      foreseenIncidentIds(db, organizationId, { from, to }).then((ids) => ids.length),
      db.incident.count({ where: closed }),
      db.incident.count({ where: { ...closed, rootCause: { not: null }, NOT: { rootCause: "" } } }),
      db.incident.count({ where: { ...inWindow, repeatOfId: { not: null } } }),
      db.incident.findMany({ where: { ...closed, closedAt: { not: null } }, select: { reportedAt: true, closedAt: true } }),
      // "To assess" IMY obligations (personal data unknown) are possibilities, not yet duties; those
      // assessed as not reportable are no duty at all.
      db.incidentObligation.findMany({
        where: { dueAt: { gte: from, lte: to }, assessedAt: null, incident: { organizationId }, NOT: { kind: "gdpr_imy", incident: { personalData: "unknown" } } },
        select: { dueAt: true, reportedAt: true },
      }),
    ]);
    const onTime = obligations.filter((o) => o.reportedAt !== null && o.reportedAt <= o.dueAt).length;
    const days = median(closedRows.map((row) => (row.closedAt!.getTime() - row.reportedAt.getTime()) / DAY_MS));
    return [
      shareIndicator("incidenthantering", "incidents.foreseen_share", foreseen, total, "/incidenter?foreseen=true"),
      shareIndicator("incidenthantering", "incidents.root_cause_share", withRootCause, closedCount, "/incidenter?status=closed"),
      shareIndicator("incidenthantering", "incidents.repeat_share", repeats, total, "/incidenter"),
      {
        key: "incidents.median_days_to_close",
        perspective: "incidenthantering",
        label: indicatorLabels.sv["incidents.median_days_to_close"],
        value: days === null ? null : Math.round(days * 10) / 10,
        numerator: null,
        denominator: null,
        unit: "days",
        href: "/incidenter?status=closed",
      },
      shareIndicator("incidenthantering", "incidents.obligations_on_time_share", onTime, obligations.length, "/incidenter?obligationOverdue=true"),
    ];
  },
};
