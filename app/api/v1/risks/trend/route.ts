import { withApi } from "@/lib/api/handler";
import { riskRoutes } from "@/lib/risks/openapi";
import { riskTrend } from "@/lib/risks/overview";

export const GET = withApi({ ...riskRoutes.trend, permission: "risks.read", handler: ({ principal, query }) => riskTrend(principal, query) });
