import { withApi } from "@/lib/api/handler";
import { listRiskAnalyses } from "@/lib/risk-analyses/queries";
import { riskAnalysisCreateSchema, riskAnalysisListQuerySchema } from "@/lib/risk-analyses/schema";
import { createRiskAnalysis } from "@/lib/risk-analyses/service";

export const GET = withApi({ query: riskAnalysisListQuerySchema, handler: ({ principal, query }) => listRiskAnalyses(principal, query) });
export const POST = withApi({ body: riskAnalysisCreateSchema, status: 201, handler: ({ principal, body }) => createRiskAnalysis(principal, body) });
