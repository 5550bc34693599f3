import { invalidValues, RuleViolation } from "../validation/rule-violation";
import { stockholmDay } from "../dates";
import { incidentMessages } from "./messages";
import { INCIDENT_STATUSES, type IncidentStatus, type ObligationKind } from "./schema";

/**
 * The handling flow: reported → triaged → investigating → resolved → closed, one step at a time.
 * Reopening is allowed back to `investigating` from `resolved` (the fix did not hold) and from
 * `closed` (new information); reopening clears closedAt. Nothing else moves backwards.
 */
export const STATUS_MOVES: Record<IncidentStatus, IncidentStatus[]> = {
  reported: ["triaged"],
  triaged: ["investigating"],
  investigating: ["resolved"],
  resolved: ["closed", "investigating"],
  closed: ["investigating"],
};

export function assertStatusMove(from: IncidentStatus, to: IncidentStatus): void {
  if (from === to || STATUS_MOVES[from].includes(to)) return;
  const allowed = STATUS_MOVES[from].map((status) => `${status} (${incidentMessages.sv.status[status]})`).join(", ");
  throw new RuleViolation("status_move", `Status kan inte ändras från ${from} till ${to}.`, { status: [`Tillåtna från ${from}: ${allowed}.`] }, { from, to, allowed: STATUS_MOVES[from] });
}

/** closedAt follows the status: stamped on close, cleared on reopening. */
export function closedAtFor(from: IncidentStatus, to: IncidentStatus, previous: Date | null, now = new Date()): Date | null {
  if (to !== "closed") return null;
  return from === "closed" ? previous : now;
}

/**
 * The close step's moves: every status after `from` up to closed, in order. Forward moves in
 * STATUS_MOVES are exactly "the next in INCIDENT_STATUSES", so each step here is an allowed move.
 */
export function closingPath(from: IncidentStatus): IncidentStatus[] {
  return INCIDENT_STATUSES.slice(INCIDENT_STATUSES.indexOf(from) + 1);
}

/** Kinds neither reported nor assessed as not reportable, in the order given. */
export function openObligationKinds(obligations: ReadonlyArray<{ kind: string; reportedAt: Date | string | null; assessedAt?: Date | string | null }>): ObligationKind[] {
  return obligations.filter((o) => o.reportedAt === null && !o.assessedAt).map((o) => o.kind as ObligationKind);
}

export interface ClosingProblems {
  /** A serious incident (severity 3 or 4) needs its root cause analysed. */
  rootCauseMissing: boolean;
  /** Every reporting obligation must be reported, or assessed as not reportable with a motivation. */
  openKinds: ObligationKind[];
}

/** What stands in the way of closing; nothing when both are empty. Pure, so the page can say it before saving. */
export function closingProblems(state: {
  severity: number | null;
  rootCause: string | null;
  obligations: ReadonlyArray<{ kind: string; reportedAt: Date | string | null; assessedAt?: Date | string | null }>;
}): ClosingProblems {
  return { rootCauseMissing: (state.severity ?? 0) >= 3 && !state.rootCause?.trim(), openKinds: openObligationKinds(state.obligations) };
}

export const mayClose = (problems: ClosingProblems) => !problems.rootCauseMissing && problems.openKinds.length === 0;

/** A few minutes of clock skew between a phone and the server is not "the future". */
const SKEW_MS = 5 * 60_000;

/** Occurred ≤ detected ≤ now; an approximate occurrence only needs to be on or before the day of detection. */
export function assertTimeline(state: { occurredAt: Date; occurredApproximate: boolean; detectedAt: Date }, now = new Date()): void {
  const fields: Record<string, string[]> = {};
  if (state.occurredAt.getTime() > now.getTime() + SKEW_MS) fields.occurredAt = ["Kan inte ligga i framtiden."];
  if (state.detectedAt.getTime() > now.getTime() + SKEW_MS) fields.detectedAt = ["Kan inte ligga i framtiden."];
  const detectedBefore = state.occurredApproximate
    ? stockholmDay(state.detectedAt) < stockholmDay(state.occurredAt)
    : state.detectedAt < state.occurredAt;
  if (detectedBefore && !fields.detectedAt) fields.detectedAt = ["Kan inte vara före tidpunkten då incidenten inträffade."];
  if (Object.keys(fields).length) throw invalidValues("Kontrollera tidpunkterna.", fields);
}

/** A risk as the foreseen rule sees it. */
export interface LinkedRisk {
  identifiedAt: Date;
  sourceType?: string | null;
  sourceId?: string | null;
}

/**
 * DESIGN §6: an incident is foreseen when it is linked to at least one risk identified on or
 * before the day it occurred. "The day" is the Stockholm calendar day of occurredAt; identifiedAt
 * is already a calendar date. A risk drafted from this very incident does not count: it was
 * written after the fact, even when that happens on the day the incident occurred.
 * The SQL twin of this rule is `foreseenIncidentIds` in foreseen.ts; keep them in step.
 */
export function isForeseen(incident: { id: string; occurredAt: Date }, risks: ReadonlyArray<LinkedRisk>): boolean {
  const day = stockholmDay(incident.occurredAt);
  return risks.some(
    (risk) => !(risk.sourceType === "incident" && risk.sourceId === incident.id) && risk.identifiedAt.toISOString().slice(0, 10) <= day,
  );
}

/** Reference shown to the reporter: INC-2026-0042. */
export function incidentReference(year: number, number: number): string {
  return `INC-${year}-${String(number).padStart(4, "0")}`;
}
