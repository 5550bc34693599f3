import { withApi } from "@/lib/api/handler";
import { riskRoutes } from "@/lib/risks/openapi";
import { acceptRisk } from "@/lib/risks/service";

export const POST = withApi({ ...riskRoutes.accept, permission: "risks.accept", handler: ({ principal, params, body }) => acceptRisk(principal, params.id, body) });
