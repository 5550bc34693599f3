import "server-only";
import { authorize, scopeOf } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { db } from "../db/client";
import { assetOptionsById } from "../assets/options";
import { orgUnitOptions } from "../org-units/queries";
import { riskScope } from "../risks/queries";
import { loadIncidentSettings } from "./settings";
import type { IncidentCategory } from "./settings-schema";

/** What the incident pages need besides the incidents themselves: filter options and pickers. */

export interface Option {
  id: string;
  name: string;
}

export interface IncidentOption {
  id: string;
  reference: string;
  title: string;
}

/**
 * Options for the register's filters: categories, organisation units, and the chosen asset's name
 * (the asset filter searches the server, so the register is never loaded whole).
 */
export async function incidentFilterOptions(principal: Principal, assetId?: string): Promise<{ categories: IncidentCategory[]; orgUnits: Option[]; asset: Option[] }> {
  authorize(principal, "incidents.read");
  const [settings, orgUnits, asset] = await Promise.all([
    loadIncidentSettings(db, principal.organizationId),
    orgUnitOptions(principal),
    assetOptionsById(principal, [assetId]),
  ]);
  return { categories: settings.categories, orgUnits, asset };
}

/** Earlier incidents this one may repeat: occurred on or before it, newest first. */
export async function repeatOptions(principal: Principal, incident: { id: string; occurredAt: string }): Promise<IncidentOption[]> {
  authorize(principal, "incidents.handle");
  return db.incident.findMany({
    where: { organizationId: principal.organizationId, id: { not: incident.id }, occurredAt: { lte: new Date(incident.occurredAt) } },
    select: { id: true, reference: true, title: true },
    orderBy: [{ occurredAt: "desc" }, { id: "asc" }],
    take: 200,
  });
}

/** The risk drafted from this incident ("Skapa riskutkast"), if there is one. */
export async function draftedRisk(principal: Principal, incidentId: string): Promise<{ id: string; title: string } | null> {
  if (scopeOf(principal, "risks.read") === "none") return null;
  return db.risk.findFirst({ where: { AND: [riskScope(principal), { sourceType: "incident", sourceId: incidentId }] }, select: { id: true, title: true } });
}

/** What the handling forms offer: handlers, earlier incidents and the drafted risk (risks to link are searched). */
export async function handlingOptions(principal: Principal, incident: { id: string; occurredAt: string }) {
  const [earlier, drafted] = await Promise.all([
    repeatOptions(principal, incident),
    draftedRisk(principal, incident.id),
  ]);
  return { earlier, drafted };
}
