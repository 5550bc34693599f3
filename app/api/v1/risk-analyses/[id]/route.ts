import { withApi } from "@/lib/api/handler";
import { riskAnalysisRoutes } from "@/lib/risk-analyses/openapi";
import { getRiskAnalysis } from "@/lib/risk-analyses/queries";
import { deleteRiskAnalysis, updateRiskAnalysis } from "@/lib/risk-analyses/service";

export const GET = withApi({ ...riskAnalysisRoutes.get, handler: ({ principal, params }) => getRiskAnalysis(principal, params.id) });
export const PATCH = withApi({ ...riskAnalysisRoutes.update, handler: ({ principal, params, body }) => updateRiskAnalysis(principal, params.id, body) });
export const DELETE = withApi({ ...riskAnalysisRoutes.remove, handler: ({ principal, params }) => deleteRiskAnalysis(principal, params.id) });
