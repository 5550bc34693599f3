import "server-only";
import { can } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { db } from "../db/client";
import { incidentScope } from "../incidents/queries";
import { riskScope } from "../risks/queries";

export interface LinkedRecord {
  id: string;
  title: string;
  href: string;
}

const LIMIT = 50;

/**
 * What points at an asset from the other registers, as far as the reader may see: the risks that
 * name it and the incidents that affected it (each list null when the role reads none of that
 * register). Contracts are listed by the supplier register's own section.
 */
export async function assetLinkedRecords(principal: Principal, assetId: string): Promise<{ risks: LinkedRecord[] | null; incidents: LinkedRecord[] | null }> {
  const onAsset = { assets: { some: { assetId } } };
  const [risks, incidents] = await Promise.all([
    can(principal, "risks.read")
      ? db.risk.findMany({ where: { AND: [riskScope(principal), onAsset] }, select: { id: true, title: true }, orderBy: [{ level: "desc" }, { title: "asc" }], take: LIMIT })
      : null,
    can(principal, "incidents.read")
      ? db.incident.findMany({ where: { AND: [incidentScope(principal), onAsset] }, select: { id: true, reference: true, title: true }, orderBy: { detectedAt: "desc" }, take: LIMIT })
      : null,
  ]);
  return {
    risks: risks?.map((risk) => ({ id: risk.id, title: risk.title, href: `/risker/${risk.id}` })) ?? null,
    incidents: incidents?.map((incident) => ({ id: incident.id, title: `${incident.reference} ${incident.title}`, href: `/incidenter/${incident.id}` })) ?? null,
  };
}
