import "server-only";
import { recordAudit } from "../audit/trail";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { db } from "../db/client";
import { AppError } from "../errors";
import { riskInclude, toRiskViews } from "../risks/queries";
import { createRiskInTx } from "../risks/service";
import type { RiskCreate, RiskView } from "../risks/schema";
import { stockholmDay } from "../dates";
import { incidentHandlingMessages } from "./messages";
import { isForeseen } from "./rules";
import { incidentInclude, incidentRecord, toIncidentViews, type IncidentRow } from "./queries";
import type { IncidentView } from "./schema";

const clip = (text: string | null, max: number) => (text && text.length > max ? `${text.slice(0, max - 1)}…` : text);

const IMPACT_FIELDS = [
  ["impactConfidentiality", "confidentiality"],
  ["impactIntegrity", "integrity"],
  ["impactAvailability", "availability"],
  ["impactTraceability", "traceability"],
] as const;

/**
 * The risk an unforeseen incident teaches: the incident's event, root cause and impact, its
 * assets, identified today. Consequence follows the severity (2 while unassessed); likelihood is
 * 2 ("it has happened"), 3 when the incident is itself a repeat.
 */
export function riskDraftFrom(incident: IncidentRow, today: string): RiskCreate {
  // The drafted risk's text is register data, written in Swedish like the rest of it.
  const impacted = IMPACT_FIELDS.filter(([field]) => incident[field]).map(([, aspect]) => incidentHandlingMessages.sv.impactAspects[aspect].toLowerCase());
  return {
    title: incident.title,
    cause: clip(incident.rootCause, 2000),
    event: clip(incident.description, 2000),
    consequenceText: impacted.length ? `Påverkan på ${impacted.join(", ")} (enligt incident ${incident.reference}).` : `Som vid incident ${incident.reference}.`,
    assetIds: incident.assets.map((link) => link.asset.id),
    identifiedAt: new Date(today),
    likelihood: incident.repeatOfId ? 3 : 2,
    consequence: incident.severity ?? 2,
    source: { type: "incident", id: incident.id },
  };
}

/**
 * One click from an unforeseen incident to a risk in the register, linked back to the incident,
 * in one transaction. Idempotent: concurrent and repeated calls queue on the incident's row and
 * get the one risk drafted from it (`created: false`); `(sourceType, sourceId)` is unique too.
 */
export async function draftRiskFromIncident(principal: Principal, id: string): Promise<{ risk: RiskView; incident: IncidentView; created: boolean }> {
  const result = await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "id" FROM "Incident" WHERE "id" = ${id} FOR UPDATE`;
    const incident = await tx.incident.findUnique({ where: { id }, include: incidentInclude });
    authorize(principal, "incidents.handle", incident ? incidentRecord(incident) : null);
    const row = incident!;
    const existing = await tx.risk.findFirst({ where: { organizationId: row.organizationId, sourceType: "incident", sourceId: row.id }, include: riskInclude });
    if (existing) return { risk: existing, incident: row, created: false };
    if (isForeseen(row, row.risks.map((link) => link.risk))) {
      throw new AppError(400, "already_foreseen", "Incidenten förutsågs redan av en risk i riskanalysen; länka eller uppdatera den risken i stället.");
    }
    const risk = await createRiskInTx(tx, principal, riskDraftFrom(row, stockholmDay(new Date())));
    await tx.incidentRisk.create({ data: { incidentId: row.id, riskId: risk.id } });
    await tx.incident.update({ where: { id: row.id }, data: { version: { increment: 1 } } });
    await recordAudit(tx, principal, { entity: "incident", entityId: row.id, action: "risk.drafted", after: { riskId: risk.id } });
    const linked = await tx.incident.findUniqueOrThrow({ where: { id: row.id }, include: incidentInclude });
    return { risk, incident: linked, created: true };
  });
  const [[risk], [incident]] = await Promise.all([toRiskViews([result.risk], principal.organizationId), toIncidentViews([result.incident], principal)]);
  return { risk, incident, created: result.created };
}
