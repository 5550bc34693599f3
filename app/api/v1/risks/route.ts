import { withApi } from "@/lib/api/handler";
import { riskRoutes } from "@/lib/risks/openapi";
import { listRisks } from "@/lib/risks/queries";
import { createRisk } from "@/lib/risks/service";

export const GET = withApi({ ...riskRoutes.list, permission: "risks.read", handler: ({ principal, query }) => listRisks(principal, query) });
export const POST = withApi({ ...riskRoutes.create, permission: "risks.propose", handler: ({ principal, body }) => createRisk(principal, body) });
