import { withApi } from "@/lib/api/handler";
import { exportAssessment, exportQuerySchema } from "@/lib/maturity/export";

export const GET = withApi({ query: exportQuerySchema, handler: ({ principal, params, query }) => exportAssessment(principal, params.id, query.format) });
