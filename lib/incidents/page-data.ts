import "server-only";
import { authorize, can } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { db } from "../db/client";
import { riskScope } from "../risks/queries";
import { loadIncidentSettings } from "./settings";
import type { IncidentCategory } from "./settings-schema";

/** What the incident pages need besides the incidents themselves: filter options and pickers. */

export interface Option {
  id: string;
  name: string;
}

export interface RiskOption {
  id: string;
  title: string;
  /** Calendar date "YYYY-MM-DD". */
  identifiedAt: string;
}

export interface IncidentOption {
  id: string;
  reference: string;
  title: string;
}

/** Options for the register's filters: categories, assets and organisation units (names only). */
export async function incidentFilterOptions(principal: Principal): Promise<{ categories: IncidentCategory[]; assets: Option[]; orgUnits: Option[] }> {
  authorize(principal, "incidents.read");
  const organizationId = principal.organizationId;
  const [settings, assets, orgUnits] = await Promise.all([
    loadIncidentSettings(db, organizationId),
    db.asset.findMany({ where: { organizationId }, select: { id: true, name: true }, orderBy: [{ name: "asc" }, { id: "asc" }] }),
    db.orgUnit.findMany({ where: { organizationId }, select: { id: true, name: true }, orderBy: [{ name: "asc" }, { id: "asc" }] }),
  ]);
  return { categories: settings.categories, assets, orgUnits };
}

/** Risks a handler may link, with the day they were identified (what decides "foreseen"). */
export async function incidentRiskOptions(principal: Principal): Promise<RiskOption[]> {
  if (!can(principal, "risks.read")) return [];
  const rows = await db.risk.findMany({ where: riskScope(principal), select: { id: true, title: true, identifiedAt: true }, orderBy: [{ title: "asc" }, { id: "asc" }] });
  return rows.map((row) => ({ id: row.id, title: row.title, identifiedAt: row.identifiedAt.toISOString().slice(0, 10) }));
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
  if (!can(principal, "risks.read")) return null;
  return db.risk.findFirst({ where: { organizationId: principal.organizationId, sourceType: "incident", sourceId: incidentId }, select: { id: true, title: true } });
}
