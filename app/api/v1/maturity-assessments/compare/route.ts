import { withApi } from "@/lib/api/handler";
import { compareAssessments } from "@/lib/maturity/results-queries";
import { compareQuerySchema } from "@/lib/maturity/schema";

export const GET = withApi({ query: compareQuerySchema, handler: ({ principal, query }) => compareAssessments(principal, query.from, query.to) });
