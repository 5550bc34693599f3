import { withApi } from "@/lib/api/handler";
import { awaitingMyDecision } from "@/lib/risks/acceptance-proposals";
import { riskRoutes } from "@/lib/risks/openapi";

export const GET = withApi({ ...riskRoutes.awaiting, permission: "risks.accept", handler: async ({ principal }) => ({ items: await awaitingMyDecision(principal) }) });
