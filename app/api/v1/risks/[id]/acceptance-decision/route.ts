import { withApi } from "@/lib/api/handler";
import { decideAcceptance } from "@/lib/risks/acceptance-proposals";
import { riskRoutes } from "@/lib/risks/openapi";

export const POST = withApi({ ...riskRoutes.decide, permission: "risks.accept", handler: ({ principal, params, body }) => decideAcceptance(principal, params.id, body) });
