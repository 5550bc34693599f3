import { withApi } from "@/lib/api/handler";
import { indicatorRoutes } from "@/lib/indicators/openapi";
import { computeIndicators } from "@/lib/indicators/queries";

export const GET = withApi({ ...indicatorRoutes.list, permission: "indicators.read", handler: ({ principal, query }) => computeIndicators(principal, query) });
