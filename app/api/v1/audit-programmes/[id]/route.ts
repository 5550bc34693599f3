import { withApi } from "@/lib/api/handler";
import { programmeRoutes } from "@/lib/audit-programmes/openapi";
import { getProgramme } from "@/lib/audit-programmes/queries";
import { updateProgramme } from "@/lib/audit-programmes/service";

export const GET = withApi({ ...programmeRoutes.get, permission: "audits.read", handler: ({ principal, params }) => getProgramme(principal, params.id) });
export const PATCH = withApi({ ...programmeRoutes.update, permission: "audits.write", handler: ({ principal, params, body }) => updateProgramme(principal, params.id, body) });
