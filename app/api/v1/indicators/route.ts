import { withApi } from "@/lib/api/handler";
import { computeIndicators } from "@/lib/indicators/queries";
import { indicatorQuerySchema } from "@/lib/indicators/schema";

export const GET = withApi({ query: indicatorQuerySchema, handler: ({ principal, query }) => computeIndicators(principal, query) });
