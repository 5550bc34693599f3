import "server-only";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { db, type Tx } from "../db/client";
import { createAudited, nextVersion, updateAudited, versionedWhere } from "../db/mutation";
import { assertReferences } from "../db/references";
import { badRequest } from "../errors";
import { stockholmYear } from "./dates";
import { nextSequenceValue, syncObligations } from "./obligation-sync";
import { assertClosable, assertStatusMove, assertTimeline, closedAtFor, incidentReference } from "./rules";
import type { IncidentReport, IncidentStatus, IncidentUpdate, IncidentView, PersonalDataAnswer } from "./schema";
import { loadIncidentSettings } from "./settings";
import type { IncidentSettings } from "./settings-schema";
import { incidentInclude, incidentRecord, toIncidentViews, type IncidentRow } from "./view";

function assertCategories(settings: IncidentSettings, codes: ReadonlyArray<string> | undefined, already: ReadonlyArray<string> = []): void {
  const unknown = (codes ?? []).filter((code) => !settings.categories.some((c) => c.code === code) && !already.includes(code));
  if (unknown.length) throw badRequest("Okänd kategori.", { categories: [`Finns inte i organisationens lista: ${unknown.join(", ")}.`] });
}

const loadIncident = (tx: Tx | typeof db, id: string) => tx.incident.findUnique({ where: { id }, include: incidentInclude });

/** Anyone may report: the short form, answered with a reference such as INC-2026-0042. */
export async function reportIncident(principal: Principal, input: IncidentReport): Promise<IncidentView> {
  authorize(principal, "incidents.report");
  assertTimeline(input);
  const organizationId = principal.organizationId;
  const row = await createAudited(principal, "incident", async (tx) => {
    const settings = await loadIncidentSettings(tx, organizationId);
    assertCategories(settings, input.categories);
    await assertReferences(tx, organizationId, { assetIds: { model: "asset", ids: input.assetIds } });
    const now = new Date();
    const year = stockholmYear(now);
    const reference = incidentReference(year, await nextSequenceValue(tx, organizationId, `incident-${year}`));
    const { assetIds, ...fields } = input;
    const created = await tx.incident.create({
      data: {
        ...fields,
        categories: [...new Set(fields.categories)],
        reference,
        reportedAt: now,
        reporterId: principal.userId,
        organizationId,
        assets: { create: [...new Set(assetIds)].map((assetId) => ({ assetId })) },
      },
    });
    await syncObligations(tx, created.id, settings, created, []);
    return (await loadIncident(tx, created.id))!;
  });
  return (await toIncidentViews(principal, [row]))[0];
}

async function assertRepeatOf(tx: Tx, before: IncidentRow, repeatOfId: string | null | undefined, occurredAt: Date): Promise<void> {
  if (!repeatOfId) return;
  if (repeatOfId === before.id) throw badRequest("En incident kan inte upprepa sig själv.", { repeatOfId: ["Välj en tidigare incident."] });
  const earlier = await tx.incident.findFirst({ where: { id: repeatOfId, organizationId: before.organizationId }, select: { occurredAt: true } });
  if (earlier && earlier.occurredAt > occurredAt) throw badRequest("Den upprepade incidenten måste ha inträffat tidigare.", { repeatOfId: ["Välj en tidigare incident."] });
}

/** Handling: triage, assignment, status, root cause, links. Only ciso and admin (incidents.handle). */
export async function updateIncident(principal: Principal, id: string, input: IncidentUpdate): Promise<IncidentView> {
  const { version, assetIds, riskIds, impact, ...changes } = input;
  const row = await updateAudited(principal, "incident", {
    version,
    load: (tx) => loadIncident(tx, id),
    check: (before) => authorize(principal, "incidents.handle", incidentRecord(before)),
    update: async (tx, before) => {
      const organizationId = before.organizationId;
      const settings = await loadIncidentSettings(tx, organizationId);
      assertCategories(settings, changes.categories, before.categories);
      await assertReferences(tx, organizationId, {
        assetIds: { model: "asset", ids: assetIds },
        riskIds: { model: "risk", ids: riskIds },
        handlerId: { model: "user", ids: changes.handlerId },
        repeatOfId: { model: "incident", ids: changes.repeatOfId },
      });
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
      assertClosable({ status, severity, rootCause });
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
      const personalData = (changes.personalData ?? before.personalData) as PersonalDataAnswer;
      const factsChanged =
        detectedAt.getTime() !== before.detectedAt.getTime() || personalData !== before.personalData || severity !== before.severity;
      if (factsChanged) await syncObligations(tx, id, settings, { detectedAt, personalData, severity }, before.obligations);
      return (await loadIncident(tx, id))!;
    },
  });
  return (await toIncidentViews(principal, [row]))[0];
}
