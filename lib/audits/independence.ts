import "server-only";
import { db } from "../db/client";
import type { AuditView } from "./schema";

/**
 * The audit's auditors who own information assets in an audited org unit, or actions on such
 * assets: they would audit their own work. A warning, not a refusal — small organisations may
 * have no one else, and the report should then say so.
 */
export async function dependentAuditors(organizationId: string, audit: Pick<AuditView, "leadAuditorId" | "auditors" | "orgUnits">): Promise<{ id: string; name: string }[]> {
  const auditorIds = [...new Set([audit.leadAuditorId, ...audit.auditors.map((a) => a.id)].filter((id): id is string => !!id))];
  const unitIds = audit.orgUnits.map((unit) => unit.id);
  if (!auditorIds.length || !unitIds.length) return [];
  const assets = await db.asset.findMany({ where: { organizationId, orgUnitId: { in: unitIds } }, select: { id: true, ownerId: true } });
  const actions = await db.action.findMany({
    where: { organizationId, ownerId: { in: auditorIds }, sourceType: "asset", sourceId: { in: assets.map((a) => a.id) } },
    select: { ownerId: true },
  });
  const owners = new Set([...assets.map((a) => a.ownerId), ...actions.map((a) => a.ownerId)]);
  const flagged = auditorIds.filter((id) => owners.has(id));
  const users = await db.user.findMany({ where: { id: { in: flagged } }, select: { id: true, name: true } });
  return users;
}
