import { withApi } from "@/lib/api/handler";
import { orgUnitRoutes } from "@/lib/org-units/openapi";
import { listOrgUnits } from "@/lib/org-units/queries";
import { createOrgUnit } from "@/lib/org-units/service";

export const GET = withApi({ ...orgUnitRoutes.list, permission: "org-units.read", handler: ({ principal, query }) => listOrgUnits(principal, query) });
export const POST = withApi({ ...orgUnitRoutes.create, permission: "org-units.write", handler: ({ principal, body }) => createOrgUnit(principal, body) });
