import { withApi } from "@/lib/api/handler";
import { riskHeatmap } from "@/lib/risks/overview";
import { riskHeatmapQuerySchema } from "@/lib/risks/schema";

export const GET = withApi({ query: riskHeatmapQuerySchema, handler: ({ principal, query }) => riskHeatmap(principal, query) });
