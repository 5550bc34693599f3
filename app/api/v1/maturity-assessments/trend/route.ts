import { withApi } from "@/lib/api/handler";
import { maturityTrend } from "@/lib/maturity/results-queries";
import { trendQuerySchema } from "@/lib/maturity/schema";

export const GET = withApi({ query: trendQuerySchema, handler: ({ principal, query }) => maturityTrend(principal, query.status) });
