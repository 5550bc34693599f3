import "server-only";
import { indicatorLabels } from "../indicators/messages";
import { db } from "../db/client";
import { idSet, once, shareRecords, shareViews, whereSet, type CountedShares } from "../indicators/counted";
import type { IndicatorProvider, IndicatorView, IndicatorWindow } from "../indicators/schema";
import { foreseenIncidentIds } from "./foreseen";

const DAY_MS = 86_400_000;

/**
 * Incidenthantering, window by occurredAt (obligations: by dueAt). Each share's two sets are
 * defined once here, for the count and for the drill-down list alike.
 */
const shares: CountedShares = (organizationId, { from, to }) => {
  const inWindow = { organizationId, occurredAt: { gte: from, lte: to } };
  const closed = { ...inWindow, status: "closed" as const };
  const total = whereSet("incident", db.incident, inWindow);
  // "To assess" IMY obligations (personal data unknown) are possibilities, not yet duties; those
  // assessed as not reportable are no duty at all. Obligations have no page of their own: each is
  // listed as its incident (an incident with two obligations appears twice).
  const obligations = once(() =>
    db.incidentObligation.findMany({
      where: { dueAt: { gte: from, lte: to }, assessedAt: null, incident: { organizationId }, NOT: { kind: "gdpr_imy", incident: { personalData: "unknown" } } },
      select: { incidentId: true, dueAt: true, reportedAt: true },
      orderBy: { id: "asc" },
    }),
  );
  const incidentIds = (rows: { incidentId: string }[]) => rows.map((row) => row.incidentId);
  return {
    "incidents.foreseen_share": { numerator: idSet("incident", () => foreseenIncidentIds(db, organizationId, { from, to })), denominator: total, href: "/incidenter?foreseen=true" },
    "incidents.root_cause_share": {
      numerator: whereSet("incident", db.incident, { ...closed, rootCause: { not: null }, NOT: { rootCause: "" } }),
      denominator: whereSet("incident", db.incident, closed),
      href: "/incidenter?status=closed",
    },
    "incidents.repeat_share": { numerator: whereSet("incident", db.incident, { ...inWindow, repeatOfId: { not: null } }), denominator: total, href: "/incidenter" },
    "incidents.obligations_on_time_share": {
      numerator: idSet("incident", () => obligations().then((rows) => incidentIds(rows.filter((o) => o.reportedAt !== null && o.reportedAt <= o.dueAt)))),
      denominator: idSet("incident", () => obligations().then(incidentIds)),
      href: "/incidenter?obligationOverdue=true",
    },
  };
};

async function medianDaysToClose(organizationId: string, { from, to }: IndicatorWindow): Promise<IndicatorView> {
  // The median in the database: a region closes tens of thousands of incidents in the window.
  const [{ days }] = await db.$queryRaw<{ days: number | null }[]>`
    SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM ("closedAt" - "reportedAt")) * 1000 / ${DAY_MS}::float8) AS days
    FROM "Incident"
    WHERE "organizationId" = ${organizationId} AND "occurredAt" >= ${from} AND "occurredAt" <= ${to} AND status = 'closed' AND "closedAt" IS NOT NULL`;
  return {
    key: "incidents.median_days_to_close",
    perspective: "incidenthantering",
    label: indicatorLabels.sv["incidents.median_days_to_close"],
    value: days === null ? null : Math.round(days * 10) / 10,
    numerator: null,
    denominator: null,
    unit: "days",
    href: "/incidenter?status=closed",
  };
}

/** Days to close run from reportedAt, when the organisation's handling started, to closedAt. */
export const incidentIndicators: IndicatorProvider = {
  perspective: "incidenthantering",
  async compute(organizationId, window): Promise<IndicatorView[]> {
    const [views, days] = await Promise.all([shareViews("incidenthantering", shares(organizationId, window, new Date())), medianDaysToClose(organizationId, window)]);
    const last = views.length - 1;
    return [...views.slice(0, last), days, views[last]];
  },
  records: (principal, key, part, window) => shareRecords(shares(principal.organizationId, window, new Date()), key, part),
};
