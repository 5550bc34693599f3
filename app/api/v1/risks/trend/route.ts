import { withApi } from "@/lib/api/handler";
import { riskTrend } from "@/lib/risks/overview";
import { riskTrendQuerySchema } from "@/lib/risks/schema";

export const GET = withApi({ query: riskTrendQuerySchema, handler: ({ principal, query }) => riskTrend(principal, query) });
