import { withApi } from "@/lib/api/handler";
import { proposeAcceptance } from "@/lib/risks/acceptance-proposals";
import { riskRoutes } from "@/lib/risks/openapi";

export const POST = withApi({ ...riskRoutes.propose, permission: "risks.propose", handler: ({ principal, params, body }) => proposeAcceptance(principal, params.id, body) });
