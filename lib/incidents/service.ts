import "server-only";
import { authorize, can } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { db, type Tx } from "../db/client";
import { createAudited, nextVersion, updateAudited, versionedWhere } from "../db/mutation";
import { assertReferences } from "../db/references";
import { AppError, badRequest } from "../errors";
import { stockholmYear } from "../dates";
import { assertMayClose } from "./errors";
import { planObligations } from "./obligation-service";
import { nextSequenceValue, syncObligations, writeObligationChangesInTx } from "./obligation-sync";
import { assertStatusMove, assertTimeline, closedAtFor, closingProblems, incidentReference } from "./rules";
import { HANDLING_FIELDS_ON_CREATE, type IncidentCreate, type IncidentStatus, type IncidentUpdate, type IncidentView, type PersonalDataAnswer } from "./schema";
import { loadIncidentSettings } from "./settings";
import type { IncidentSettings } from "./settings-schema";
import { incidentInclude, incidentRecord, toIncidentViews, type IncidentRow } from "./queries";

function assertCategories(settings: IncidentSettings, codes: ReadonlyArray<string> | undefined, already: ReadonlyArray<string> = []): void {
  const unknown = (codes ?? []).filter((code) => !settings.categories.some((c) => c.code === code) && !already.includes(code));
  if (unknown.length) throw badRequest("Okänd kategori.", { categories: [`Finns inte i organisationens lista: ${unknown.join(", ")}.`] });
}

const loadIncident = (tx: Tx | typeof db, id: string) => tx.incident.findUnique({ where: { id }, include: incidentInclude });

/**
 * A reporter may not triage: handling fields from a role without incidents.handle are a 403
 * naming them, rather than being dropped (the links would be lost without a word).
 */
function assertMayHandleOnCreate(principal: Principal, input: IncidentCreate): void {
  const sent = HANDLING_FIELDS_ON_CREATE.filter((field) => input[field] !== undefined);
  if (sent.length === 0 || can(principal, "incidents.handle")) return;
  const fields = Object.fromEntries(sent.map((field) => [field, ["Sätts av den som hanterar incidenter."]]));
  throw new AppError(403, "forbidden", "Din roll får rapportera incidenter men inte hantera dem.", fields);
}

/**
 * Anyone may report: the short form, answered with a reference such as INC-2026-0042. A handler
 * may triage in the same call (risks, severity, handler, status) under the update's rules.
 */
export async function reportIncident(principal: Principal, input: IncidentCreate): Promise<IncidentView> {
  authorize(principal, "incidents.report");
  assertMayHandleOnCreate(principal, input);
  const status = input.status ?? "reported";
  const organizationId = principal.organizationId;
  const row = await createAudited(principal, "incident", async (tx) => {
    await assertReferences(tx, organizationId, {
      assetIds: { type: "asset", ids: input.assetIds },
      riskIds: { type: "risk", ids: input.riskIds },
      handlerId: { type: "user", ids: input.handlerId, duty: "incident_handler" },
    });
    assertTimeline(input);
    assertStatusMove("reported", status);
    const settings = await loadIncidentSettings(tx, organizationId);
    assertCategories(settings, input.categories);
    const now = new Date();
    const year = stockholmYear(now);
    const reference = incidentReference(year, await nextSequenceValue(tx, organizationId, `incident-${year}`));
    const { assetIds, riskIds = [], ...fields } = input;
    const created = await tx.incident.create({
      data: {
        ...fields,
        status,
        categories: [...new Set(fields.categories)],
        reference,
        reportedAt: now,
        reporterId: principal.userId,
        organizationId,
        assets: { create: [...new Set(assetIds)].map((assetId) => ({ assetId })) },
        risks: { create: [...new Set(riskIds)].map((riskId) => ({ riskId })) },
      },
    });
    await syncObligations(tx, created.id, settings, created, []);
    return (await loadIncident(tx, created.id))!;
  });
  return (await toIncidentViews([row], principal))[0];
}

async function assertRepeatOf(tx: Tx, before: IncidentRow, repeatOfId: string | null | undefined, occurredAt: Date): Promise<void> {
  if (!repeatOfId) return;
  if (repeatOfId === before.id) throw badRequest("En incident kan inte upprepa sig själv.", { repeatOfId: ["Välj en tidigare incident."] });
  const earlier = await tx.incident.findFirst({ where: { id: repeatOfId, organizationId: before.organizationId }, select: { occurredAt: true } });
  if (earlier && earlier.occurredAt > occurredAt) throw badRequest("Den upprepade incidenten måste ha inträffat tidigare.", { repeatOfId: ["Välj en tidigare incident."] });
}

/**
 * Handling: triage, assignment, status, root cause, links and obligation outcomes. Only ciso and
 * admin (incidents.handle). Closing needs the root cause (severity 3–4) and every obligation settled.
 */
export async function updateIncident(principal: Principal, id: string, input: IncidentUpdate): Promise<IncidentView> {
  const { version, assetIds, riskIds, impact, obligations, ...changes } = input;
  const row = await updateAudited(principal, "incident", {
    version,
    load: (tx) => loadIncident(tx, id),
    check: (before) => authorize(principal, "incidents.handle", incidentRecord(before)),
    update: async (tx, before) => {
      const organizationId = before.organizationId;
      await assertReferences(tx, organizationId, {
        assetIds: { type: "asset", ids: assetIds },
        riskIds: { type: "risk", ids: riskIds },
        handlerId: { type: "user", ids: changes.handlerId, duty: "incident_handler" },
        repeatOfId: { type: "incident", ids: changes.repeatOfId },
      });
      const settings = await loadIncidentSettings(tx, organizationId);
      assertCategories(settings, changes.categories, before.categories);
      const from = before.status as IncidentStatus;
      const status = changes.status ?? from;
      if (changes.status) assertStatusMove(from, status);
      const occurredAt = changes.occurredAt ?? before.occurredAt;
      const detectedAt = changes.detectedAt ?? before.detectedAt;
      const occurredApproximate = changes.occurredApproximate ?? before.occurredApproximate;
      if (changes.occurredAt || changes.detectedAt || changes.occurredApproximate !== undefined) assertTimeline({ occurredAt, detectedAt, occurredApproximate });
      await assertRepeatOf(tx, before, changes.repeatOfId, occurredAt);
      const severity = changes.severity === undefined ? before.severity : changes.severity;
      const rootCause = changes.rootCause === undefined ? before.rootCause : changes.rootCause;
      const personalData = (changes.personalData ?? before.personalData) as PersonalDataAnswer;
      const facts = { detectedAt, personalData, severity };
      const plan = planObligations(settings, before, facts, obligations, principal.userId);
      if (status === "closed") {
        const problems = closingProblems({ severity, rootCause, obligations: plan.after });
        // An incident closed before obligations had to be settled can still be edited, as long as this write leaves them alone.
        assertMayClose(from === "closed" && !plan.changesObligations ? { ...problems, openKinds: [] } : problems);
      }
      await tx.incident.update({
        where: versionedWhere(id, version),
        data: {
          ...changes,
          ...(changes.categories ? { categories: [...new Set(changes.categories)] } : {}),
          ...(impact?.confidentiality !== undefined ? { impactConfidentiality: impact.confidentiality } : {}),
          ...(impact?.integrity !== undefined ? { impactIntegrity: impact.integrity } : {}),
          ...(impact?.availability !== undefined ? { impactAvailability: impact.availability } : {}),
          ...(impact?.traceability !== undefined ? { impactTraceability: impact.traceability } : {}),
          closedAt: closedAtFor(from, status, before.closedAt),
          ...(assetIds ? { assets: { deleteMany: {}, create: [...new Set(assetIds)].map((assetId) => ({ assetId })) } } : {}),
          ...(riskIds ? { risks: { deleteMany: {}, create: [...new Set(riskIds)].map((riskId) => ({ riskId })) } } : {}),
          ...nextVersion,
        },
      });
      if (plan.factsChanged) await syncObligations(tx, id, settings, facts, before.obligations);
      await writeObligationChangesInTx(tx, id, plan.changes);
      return (await loadIncident(tx, id))!;
    },
  });
  return (await toIncidentViews([row], principal))[0];
}
