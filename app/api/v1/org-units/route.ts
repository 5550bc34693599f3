import { withApi } from "@/lib/api/handler";
import { listOrgUnits } from "@/lib/org-units/queries";
import { orgUnitCreateSchema, orgUnitListQuerySchema } from "@/lib/org-units/schema";
import { createOrgUnit } from "@/lib/org-units/service";

export const GET = withApi({ query: orgUnitListQuerySchema, handler: ({ principal, query }) => listOrgUnits(principal, query) });
export const POST = withApi({ permission: "org-units.write", body: orgUnitCreateSchema, status: 201, handler: ({ principal, body }) => createOrgUnit(principal, body) });
