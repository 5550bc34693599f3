import { withApi } from "@/lib/api/handler";
import { riskRoutes } from "@/lib/risks/openapi";
import { confirmAcceptance } from "@/lib/risks/service";

export const POST = withApi({ ...riskRoutes.confirm, permission: "risks.accept", handler: ({ principal, params, body }) => confirmAcceptance(principal, params.id, body) });
