import "server-only";
import { recordAudit } from "../audit/trail";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { db } from "../db/client";
import { badRequest, duplicate } from "../errors";
import { createRisk } from "../risks/service";
import type { RiskCreate, RiskView } from "../risks/schema";
import { stockholmDay } from "./dates";
import { isForeseen } from "./rules";
import { incidentInclude, incidentRecord, toIncidentViews, type IncidentRow } from "./view";
import type { IncidentView } from "./schema";

const clip = (text: string | null, max: number) => (text && text.length > max ? `${text.slice(0, max - 1)}…` : text);

const IMPACT_LABELS = [
  ["impactConfidentiality", "konfidentialitet"],
  ["impactIntegrity", "riktighet"],
  ["impactAvailability", "tillgänglighet"],
  ["impactTraceability", "spårbarhet"],
] as const;

/**
 * The risk an unforeseen incident teaches: the incident's event, root cause and impact, its
 * assets, identified today. Consequence follows the severity (2 while unassessed); likelihood is
 * 2 ("it has happened"), 3 when the incident is itself a repeat.
 */
export function riskDraftFrom(incident: IncidentRow, today: string): RiskCreate {
  const impacted = IMPACT_LABELS.filter(([field]) => incident[field]).map(([, label]) => label);
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

/** One click from an unforeseen incident to a risk in the register, linked back to the incident. */
export async function draftRiskFromIncident(principal: Principal, id: string): Promise<{ risk: RiskView; incident: IncidentView }> {
  const incident = await db.incident.findUnique({ where: { id }, include: incidentInclude });
  authorize(principal, "incidents.handle", incident ? incidentRecord(incident) : null);
  const row = incident!;
  if (isForeseen(row, row.risks.map((link) => link.risk))) {
    throw badRequest("Incidenten förutsågs redan av en risk i riskanalysen; länka eller uppdatera den risken i stället.");
  }
  if (await db.risk.count({ where: { organizationId: row.organizationId, sourceType: "incident", sourceId: row.id } })) {
    throw duplicate("Det finns redan en risk som skapats från denna incident.");
  }
  const risk = await createRisk(principal, riskDraftFrom(row, stockholmDay(new Date())));
  const linked = await db.$transaction(async (tx) => {
    await tx.incidentRisk.create({ data: { incidentId: row.id, riskId: risk.id } });
    await tx.incident.update({ where: { id: row.id }, data: { version: { increment: 1 } } });
    await recordAudit(tx, principal, { entity: "incident", entityId: row.id, action: "risk.drafted", after: { riskId: risk.id } });
    return (await tx.incident.findUnique({ where: { id: row.id }, include: incidentInclude }))!;
  });
  return { risk, incident: (await toIncidentViews(principal, [linked]))[0] };
}
