import "server-only";
import { paged, pageArgs, type ListResult } from "../api/list";
import type { RecordOption } from "../api/options";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { db } from "../db/client";
import type { OrgUnitListQuery, OrgUnitView } from "./schema";
type OrgUnitRow = Awaited<ReturnType<typeof db.orgUnit.findFirstOrThrow>>;

export function toOrgUnitView(row: OrgUnitRow): OrgUnitView {
  return {
    id: row.id,
    name: row.name,
    code: row.code,
    description: row.description,
    parentId: row.parentId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

export async function listOrgUnits(principal: Principal, query: OrgUnitListQuery): Promise<ListResult<OrgUnitView>> {
  authorize(principal, "org-units.read");
  const where = {
    organizationId: principal.organizationId,
    ...(query.q ? { name: { contains: query.q, mode: "insensitive" as const } } : {}),
  };
  return paged(query, db.orgUnit.findMany({ where, ...pageArgs(query, { name: "asc" }) }), db.orgUnit.count({ where }), (rows) => rows.map(toOrgUnitView));
}

export async function getOrgUnit(principal: Principal, id: string): Promise<OrgUnitView> {
  const row = await db.orgUnit.findUnique({ where: { id } });
  authorize(principal, "org-units.read", row);
  return toOrgUnitView(row!);
}

/** Every unit of the organisation, by name, for pickers and filters: one helper, fetched once per page. */
export async function orgUnitOptions(principal: Principal): Promise<RecordOption[]> {
  authorize(principal, "org-units.read");
  return db.orgUnit.findMany({ where: { organizationId: principal.organizationId }, select: { id: true, name: true }, orderBy: [{ name: "asc" }, { id: "asc" }] });
}
