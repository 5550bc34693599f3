import { withApi } from "@/lib/api/handler";
import { riskAnalysisRoutes } from "@/lib/risk-analyses/openapi";
import { listRiskAnalyses } from "@/lib/risk-analyses/queries";
import { createRiskAnalysis } from "@/lib/risk-analyses/service";

export const GET = withApi({ ...riskAnalysisRoutes.list, permission: "risk-analyses.read", handler: ({ principal, query }) => listRiskAnalyses(principal, query) });
export const POST = withApi({ ...riskAnalysisRoutes.create, permission: "risk-analyses.write", handler: ({ principal, body }) => createRiskAnalysis(principal, body) });
