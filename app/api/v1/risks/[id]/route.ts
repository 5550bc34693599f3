import { withApi } from "@/lib/api/handler";
import { riskRoutes } from "@/lib/risks/openapi";
import { getRisk } from "@/lib/risks/queries";
import { deleteRisk, updateRisk } from "@/lib/risks/service";

export const GET = withApi({ ...riskRoutes.get, permission: "risks.read", handler: ({ principal, params }) => getRisk(principal, params.id) });
export const PATCH = withApi({ ...riskRoutes.update, permission: "risks.accept", handler: ({ principal, params, body }) => updateRisk(principal, params.id, body) });
export const DELETE = withApi({ ...riskRoutes.remove, permission: "risks.delete", handler: ({ principal, params }) => deleteRisk(principal, params.id) });
