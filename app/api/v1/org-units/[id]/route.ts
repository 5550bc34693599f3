import { withApi } from "@/lib/api/handler";
import { orgUnitRoutes } from "@/lib/org-units/openapi";
import { getOrgUnit } from "@/lib/org-units/queries";
import { deleteOrgUnit, updateOrgUnit } from "@/lib/org-units/service";

export const GET = withApi({ ...orgUnitRoutes.get, permission: "org-units.read", handler: ({ principal, params }) => getOrgUnit(principal, params.id) });
export const PATCH = withApi({ ...orgUnitRoutes.update, permission: "org-units.write", handler: ({ principal, params, body }) => updateOrgUnit(principal, params.id, body) });
export const DELETE = withApi({ ...orgUnitRoutes.remove, permission: "org-units.write", handler: ({ principal, params }) => deleteOrgUnit(principal, params.id) });
