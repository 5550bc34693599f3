import { withApi } from "@/lib/api/handler";
import { riskRoutes } from "@/lib/risks/openapi";
import { getRisk } from "@/lib/risks/queries";
import { deleteRisk, updateRisk } from "@/lib/risks/service";

export const GET = withApi({ ...riskRoutes.get, handler: ({ principal, params }) => getRisk(principal, params.id) });
export const PATCH = withApi({ ...riskRoutes.update, handler: ({ principal, params, body }) => updateRisk(principal, params.id, body) });
export const DELETE = withApi({ ...riskRoutes.remove, handler: ({ principal, params }) => deleteRisk(principal, params.id) });
