import { withApi } from "@/lib/api/handler";
import { incidentTrend } from "@/lib/incidents/queries";
import { incidentTrendQuerySchema } from "@/lib/incidents/schema";

export const GET = withApi({ query: incidentTrendQuerySchema, handler: ({ principal, query }) => incidentTrend(principal, query) });
