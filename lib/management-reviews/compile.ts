import "server-only";
import { db, type Tx } from "../db/client";
import { indicatorProviders } from "../indicators/registry";
import type { IndicatorView } from "../indicators/schema";
import type { PerspectiveKey } from "../maturity/msb-model";
import type { ScoreResult } from "../questionnaires/scoring";
import { recordHref } from "../records/registry";
import { bandFor, bandRank } from "../risks/rules";
import { RISK_BANDS } from "../risks/schema";
import { readRiskSettings } from "../risks/settings";
import { decisionInclude, toDecisionViews } from "./decisions";
import type { Sections } from "./schema";

type Client = Tx | typeof db;
/** The review as the compilation needs it: the period runs to the end of `periodTo`. */
export interface ReviewPeriod {
  id: string;
  organizationId: string;
  periodFrom: Date;
  periodTo: Date;
}
interface Window {
  from: Date;
  to: Date;
}

const DAY = 86_400_000;
const windowOf = (review: ReviewPeriod): Window => ({ from: review.periodFrom, to: new Date(review.periodTo.getTime() + DAY - 1) });
const link = (type: Parameters<typeof recordHref>[0], row: { id: string; title: string }) => ({ id: row.id, title: row.title, href: recordHref(type, row.id) });
const NONCONFORMITIES = ["major_nonconformity", "minor_nonconformity"] as const;
const OPEN_ACTION = { in: ["planned", "in_progress"] as ("planned" | "in_progress")[] };

/** (a) The decisions of the previous review (the latest one held before this period) and where their actions stand. */
export async function compilePreviousDecisions(client: Client, review: ReviewPeriod, now: Date): Promise<Sections["a"]> {
  const previous = await client.managementReview.findFirst({
    where: { organizationId: review.organizationId, id: { not: review.id }, status: { in: ["held", "closed"] }, periodTo: { lte: review.periodTo } },
    orderBy: [{ periodTo: "desc" }, { createdAt: "desc" }],
  });
  if (!previous) return { previousReview: null, decisions: [] };
  const rows = await client.managementReviewDecision.findMany({ where: { reviewId: previous.id }, include: decisionInclude, orderBy: { createdAt: "asc" } });
  return { previousReview: link("management_review", previous), decisions: await toDecisionViews(client, rows, now) };
}

/** Every perspective's indicators over a window (the route already checked that the reader may see the review). */
export async function indicators(organizationId: string, window: Window): Promise<IndicatorView[]> {
  return (await Promise.all(indicatorProviders.map((provider) => provider.compute(organizationId, window)))).flat();
}

/** The level a submitted questionnaire stored (lib/questionnaires/scoring.ts), overall and per area by the set's names. */
function questionnaireResult(row: { result: unknown; questionSet: { areas: unknown } }) {
  const result = row.result as Pick<ScoreResult, "level" | "areas"> | null;
  if (!result) return {};
  const names = new Map((row.questionSet.areas as { key: string; name: string }[]).map((area) => [area.key, area.name]));
  return { level: result.level, areas: result.areas.map((area) => ({ name: names.get(area.key) ?? area.key, level: area.level })) };
}

/** (d) Indicators of every perspective with the previous period's value as trend; nonconformities, audits, maturity. */
export async function compilePerformance(client: Client, review: ReviewPeriod, readIndicators = indicators): Promise<Sections["d"]> {
  const window = windowOf(review);
  const length = window.to.getTime() - window.from.getTime();
  const organizationId = review.organizationId;
  const inWindow = { gte: window.from, lte: window.to };
  const [current, previous, reported, closed, openNc, closedNc, audits, maturity, questionnaire, objectives] = await Promise.all([
    readIndicators(organizationId, window),
    readIndicators(organizationId, { from: new Date(window.from.getTime() - length), to: new Date(window.from.getTime() - 1) }),
    client.incident.count({ where: { organizationId, reportedAt: inWindow } }),
    client.incident.count({ where: { organizationId, closedAt: inWindow } }),
    client.finding.findMany({ where: { organizationId, type: { in: [...NONCONFORMITIES] }, status: { not: "closed" } }, select: { id: true, title: true }, orderBy: { createdAt: "asc" }, take: 50 }),
    client.finding.count({ where: { organizationId, type: { in: [...NONCONFORMITIES] }, closedAt: inWindow } }),
    client.audit.findMany({ where: { organizationId, performedAt: inWindow }, select: { id: true, title: true, status: true, reports: { select: { conclusion: true }, orderBy: { revision: "desc" }, take: 1 } }, orderBy: { performedAt: "asc" } }),
    client.maturityAssessment.findFirst({ where: { organizationId, heldAt: { lte: window.to } }, orderBy: { heldAt: "desc" }, include: { entries: { select: { perspective: true, level: true } } } }),
    client.questionnaireResponse.findFirst({ where: { organizationId, submittedAt: { not: null, lte: window.to } }, orderBy: { submittedAt: "desc" }, select: { id: true, title: true, submittedAt: true, result: true, questionSet: { select: { areas: true } } } }),
    client.objective.findMany({ where: { organizationId }, orderBy: [{ dueAt: "asc" }, { createdAt: "asc" }], take: 50 }),
  ]);
  const now = new Map(current.map((item) => [item.key, item]));
  const before = new Map(previous.map((item) => [item.key, item.value]));
  return {
    indicators: current.map((item) => ({ ...item, previous: before.get(item.key) ?? null })),
    incidents: { reported, closed },
    nonconformities: { open: openNc.map((row) => link("finding", row)), closedInPeriod: closedNc },
    audits: audits.map((row) => ({ ...link("audit", row), status: row.status, conclusion: row.reports[0]?.conclusion ?? null })),
    maturity: maturity && {
      title: maturity.title,
      heldAt: maturity.heldAt.toISOString(),
      levels: maturity.entries.map((entry) => ({ perspective: entry.perspective as PerspectiveKey, level: entry.level })),
    },
    questionnaire: questionnaire && { ...link("questionnaire_response", questionnaire), submittedAt: questionnaire.submittedAt?.toISOString() ?? null, ...questionnaireResult(questionnaire) },
    objectives: objectives.map((objective) => {
      const indicator = objective.indicatorKey ? now.get(objective.indicatorKey) : undefined;
      return {
        id: objective.id,
        title: objective.title,
        perspective: objective.perspective as PerspectiveKey,
        target: objective.target,
        current: indicator?.value ?? null,
        unit: indicator?.unit ?? null,
        dueAt: objective.dueAt?.toISOString().slice(0, 10) ?? null,
      };
    }),
  };
}

/**
 * (f) Risks per band (residual level where set), the risks still open above what a risk owner may
 * accept under the organisation's acceptance criteria (these need a decision), and the treatment actions.
 */
export async function compileRisks(client: Client, review: ReviewPeriod, now: Date): Promise<Sections["f"]> {
  const organizationId = review.organizationId;
  const [settings, risks, treatment, treatmentOverdue] = await Promise.all([
    readRiskSettings(client, organizationId),
    client.risk.findMany({ where: { organizationId, status: { not: "closed" } }, select: { id: true, title: true, level: true, residualLevel: true, status: true }, orderBy: { level: "desc" } }),
    client.action.groupBy({ by: ["status"], where: { organizationId, sourceType: "risk" }, _count: true }),
    client.action.count({ where: { organizationId, sourceType: "risk", status: OPEN_ACTION, dueAt: { lt: now } } }),
  ]);
  const byBand: Record<string, number> = Object.fromEntries(RISK_BANDS.map((band) => [band, 0]));
  const limit = settings.acceptance.riskOwner;
  const aboveAcceptance: Sections["f"]["aboveAcceptance"] = [];
  for (const risk of risks) {
    const level = risk.residualLevel ?? risk.level;
    const band = bandFor(level, settings.bands);
    byBand[band] += 1;
    if (risk.status !== "accepted" && (limit === null || bandRank(band) > bandRank(limit))) aboveAcceptance.push({ ...link("risk", risk), band, level });
  }
  return { byBand, aboveAcceptance, treatment: Object.fromEntries(treatment.map((row) => [row.status, row._count])), treatmentOverdue };
}

/** (g) Improvement findings still open, and the organisation's open and overdue actions. */
export async function compileImprovements(client: Client, review: ReviewPeriod, now: Date): Promise<Sections["g"]> {
  const organizationId = review.organizationId;
  const [improvements, openActions, overdueActions] = await Promise.all([
    client.finding.findMany({ where: { organizationId, type: "improvement", status: { not: "closed" } }, select: { id: true, title: true }, orderBy: { createdAt: "asc" }, take: 50 }),
    client.action.count({ where: { organizationId, status: OPEN_ACTION } }),
    client.action.count({ where: { organizationId, status: OPEN_ACTION, dueAt: { lt: now } } }),
  ]);
  return { improvements: improvements.map((row) => link("finding", row)), openActions, overdueActions };
}

/**
 * Sections a, d, f and g compiled from the registers as they stand (b, c and e are text only).
 * The indicator providers read committed data only; the demo seed, inside its own transaction, passes its own reader.
 */
export async function compileSections(client: Client, review: ReviewPeriod, now = new Date(), readIndicators = indicators): Promise<Sections> {
  const [a, d, f, g] = await Promise.all([
    compilePreviousDecisions(client, review, now),
    compilePerformance(client, review, readIndicators),
    compileRisks(client, review, now),
    compileImprovements(client, review, now),
  ]);
  return { compiledAt: now.toISOString(), a, d, f, g };
}
