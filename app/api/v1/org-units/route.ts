import { withApi } from "@/lib/api/handler";
import { orgUnitRoutes } from "@/lib/org-units/openapi";
import { listOrgUnits } from "@/lib/org-units/queries";
import { createOrgUnit } from "@/lib/org-units/service";

export const GET = withApi({ ...orgUnitRoutes.list, handler: ({ principal, query }) => listOrgUnits(principal, query) });
export const POST = withApi({ ...orgUnitRoutes.create, handler: ({ principal, body }) => createOrgUnit(principal, body) });
