import { withApi } from "@/lib/api/handler";
import { getOrgUnit } from "@/lib/org-units/queries";
import { orgUnitUpdateSchema } from "@/lib/org-units/schema";
import { deleteOrgUnit, updateOrgUnit } from "@/lib/org-units/service";

export const GET = withApi({ handler: ({ principal, params }) => getOrgUnit(principal, params.id) });
export const PATCH = withApi({ permission: "org-units.write", body: orgUnitUpdateSchema, handler: ({ principal, params, body }) => updateOrgUnit(principal, params.id, body) });
export const DELETE = withApi({ handler: ({ principal, params }) => deleteOrgUnit(principal, params.id) });
