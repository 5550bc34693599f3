import type { RecordedObligation, reconcileObligations } from "./obligations";
import type { ObligationOutcome } from "./schema";

/** The columns an outcome writes on an obligation row. */
export interface ObligationChange {
  reportedAt: Date | null;
  reference: string | null;
  assessedById: string | null;
  assessedAt: Date | null;
  motivation: string | null;
}

export type OutcomeProblemCode = "outcome_missing" | "outcome_conflict" | "motivation_required" | "reported_in_future" | "reported_before_detection";

/** Why an outcome cannot be recorded, and the body field it concerns. */
export interface OutcomeProblem {
  field: "reportedAt" | "notReportable" | "motivation";
  code: OutcomeProblemCode;
}

/** A few minutes of clock skew between a browser and the server is not "the future". */
const SKEW_MS = 5 * 60_000;
const OPEN: ObligationChange = { reportedAt: null, reference: null, assessedById: null, assessedAt: null, motivation: null };

export const isOutcomeProblem = (value: ObligationChange | OutcomeProblem): value is OutcomeProblem => "code" in value;

/**
 * What one outcome writes: a report (when, the authority's reference), an assessment that none is
 * due (who and when from the caller and the clock, why from the motivation, which is required), or
 * a withdrawal of either (`reportedAt: null` / `notReportable: false`). A report and an assessment
 * exclude each other, so recording one clears the other.
 */
export function obligationChange(input: Omit<ObligationOutcome, "kind">, context: { detectedAt: Date; userId: string; now: Date }): ObligationChange | OutcomeProblem {
  if (input.notReportable === true) {
    if (input.reportedAt || input.reference) return { field: "notReportable", code: "outcome_conflict" };
    if (!input.motivation) return { field: "motivation", code: "motivation_required" };
    return { ...OPEN, assessedById: context.userId, assessedAt: context.now, motivation: input.motivation };
  }
  if (input.motivation) return { field: "notReportable", code: "outcome_conflict" };
  if (input.reportedAt) {
    if (input.reportedAt.getTime() > context.now.getTime() + SKEW_MS) return { field: "reportedAt", code: "reported_in_future" };
    if (input.reportedAt < context.detectedAt) return { field: "reportedAt", code: "reported_before_detection" };
    return { ...OPEN, reportedAt: input.reportedAt, reference: input.reference ?? null };
  }
  if (input.reportedAt === null || input.notReportable === false) return OPEN;
  return { field: "reportedAt", code: "outcome_missing" };
}

/** The rows as a reconcile plan leaves them: kept ones keep their report or assessment, new ones are open. */
export function plannedObligations(plan: ReturnType<typeof reconcileObligations>, existing: ReadonlyArray<RecordedObligation>): RecordedObligation[] {
  const due = new Map(plan.update.map((o) => [o.kind, o.dueAt]));
  const kept = existing.filter((o) => !plan.remove.includes(o.kind)).map((o) => ({ ...o, dueAt: due.get(o.kind) ?? o.dueAt }));
  return [...kept, ...plan.create.map((o) => ({ kind: o.kind, dueAt: o.dueAt, reportedAt: null, reference: null, assessedAt: null }))];
}
