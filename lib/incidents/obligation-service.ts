import "server-only";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { nextVersion, updateAudited, versionedWhere } from "../db/mutation";
import { badRequest, notFound } from "../errors";
import { z } from "../validation/zod";
import { assertMayClose, duplicateOutcome, notApplicable, outcomeError } from "./errors";
import { isOutcomeProblem, obligationChange, plannedObligations, type ObligationChange } from "./obligation-outcomes";
import { reconcileObligations, requiredObligations, type ObligationFacts, type ObligationSettings, type RecordedObligation } from "./obligations";
import { writeObligationChangesInTx } from "./obligation-sync";
import { openObligationKinds } from "./rules";
import { OBLIGATION_KINDS, type IncidentView, type ObligationOutcome, type ObligationReport } from "./schema";
import { incidentInclude, incidentRecord, toIncidentViews } from "./queries";

const kindSchema = z.enum(OBLIGATION_KINDS);

interface OutcomeContext {
  detectedAt: Date;
  userId: string;
  now: Date;
}

/**
 * What a body's list of outcomes writes, checked against the obligations the incident has (or
 * will have after the same write): each kind once, each applicable, each outcome complete.
 */
export function outcomeChanges(outcomes: ReadonlyArray<ObligationOutcome>, obligations: ReadonlyArray<{ kind: string }>, context: OutcomeContext): Map<string, ObligationChange> {
  const changes = new Map<string, ObligationChange>();
  outcomes.forEach((outcome, index) => {
    if (changes.has(outcome.kind)) throw duplicateOutcome(index);
    if (!obligations.some((o) => o.kind === outcome.kind)) throw notApplicable(`obligations.${index}.kind`);
    const change = obligationChange(outcome, context);
    if (isOutcomeProblem(change)) throw outcomeError(change, `obligations.${index}.`);
    changes.set(outcome.kind, change);
  });
  return changes;
}

/** The obligations as they will be once the changes are written (for the closing rule). */
export function withChanges<T extends { kind: string }>(obligations: ReadonlyArray<T>, changes: Map<string, ObligationChange>): T[] {
  return obligations.map((o) => ({ ...o, ...changes.get(o.kind) }));
}

/**
 * An update's obligations: re-planned when the facts they hang on change (severity, personal data,
 * detection), with the body's outcomes laid over them. Nothing is written here.
 */
export function planObligations(
  settings: ObligationSettings,
  before: { detectedAt: Date; personalData: string; severity: number | null; obligations: ReadonlyArray<RecordedObligation> },
  facts: ObligationFacts,
  outcomes: ReadonlyArray<ObligationOutcome> = [],
  userId: string,
) {
  const factsChanged = facts.detectedAt.getTime() !== before.detectedAt.getTime() || facts.personalData !== before.personalData || facts.severity !== before.severity;
  const existing = before.obligations;
  const planned = factsChanged ? plannedObligations(reconcileObligations(requiredObligations(settings, facts, existing), existing), existing) : [...existing];
  const changes = outcomeChanges(outcomes, planned, { detectedAt: facts.detectedAt, userId, now: new Date() });
  return { factsChanged, changes, after: withChanges(planned, changes), changesObligations: factsChanged || changes.size > 0 };
}

/**
 * Records that a report was sent to the authority (IMY, CERT-SE), or that the handler assessed it
 * as not reportable (with a motivation), or withdraws either. A closed incident keeps every
 * obligation settled, so a withdrawal there is refused.
 */
export async function recordObligationReport(principal: Principal, id: string, kind: string, input: ObligationReport): Promise<IncidentView> {
  const parsedKind = kindSchema.safeParse(kind);
  if (!parsedKind.success) throw badRequest("Okänd rapporteringsskyldighet.", { kind: [`Ange en av ${OBLIGATION_KINDS.join(", ")}.`] });
  const row = await updateAudited(principal, "incident", {
    version: input.version,
    action: `obligation.${parsedKind.data}`,
    load: (tx) => tx.incident.findUnique({ where: { id }, include: incidentInclude }),
    check: (before) => authorize(principal, "incidents.handle", incidentRecord(before)),
    update: async (tx, before) => {
      if (!before.obligations.some((o) => o.kind === parsedKind.data)) throw notFound("Skyldigheten gäller inte denna incident.");
      const change = obligationChange(input, { detectedAt: before.detectedAt, userId: principal.userId, now: new Date() });
      if (isOutcomeProblem(change)) throw outcomeError(change);
      const changes = new Map([[parsedKind.data as string, change]]);
      const openKinds = openObligationKinds(withChanges(before.obligations, changes));
      if (before.status === "closed" && openKinds.length) assertMayClose({ rootCauseMissing: false, openKinds });
      await tx.incident.update({ where: versionedWhere(id, input.version), data: nextVersion });
      await writeObligationChangesInTx(tx, id, changes);
      return (await tx.incident.findUnique({ where: { id }, include: incidentInclude }))!;
    },
  });
  return (await toIncidentViews([row], principal))[0];
}
