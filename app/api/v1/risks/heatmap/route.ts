import { withApi } from "@/lib/api/handler";
import { riskRoutes } from "@/lib/risks/openapi";
import { riskHeatmap } from "@/lib/risks/overview";

export const GET = withApi({ ...riskRoutes.heatmap, permission: "risks.read", handler: ({ principal, query }) => riskHeatmap(principal, query) });
