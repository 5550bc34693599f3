import { withApi } from "@/lib/api/handler";
import { incidentRoutes } from "@/lib/incidents/openapi";
import { incidentTrend } from "@/lib/incidents/trend";

export const GET = withApi({ ...incidentRoutes.trend, permission: "incidents.read", handler: ({ principal, query }) => incidentTrend(principal, query) });
