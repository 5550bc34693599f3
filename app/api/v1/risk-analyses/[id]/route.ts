import { withApi } from "@/lib/api/handler";
import { riskAnalysisRoutes } from "@/lib/risk-analyses/openapi";
import { getRiskAnalysis } from "@/lib/risk-analyses/queries";
import { deleteRiskAnalysis, updateRiskAnalysis } from "@/lib/risk-analyses/service";

export const GET = withApi({ ...riskAnalysisRoutes.get, permission: "risk-analyses.read", handler: ({ principal, params }) => getRiskAnalysis(principal, params.id) });
export const PATCH = withApi({ ...riskAnalysisRoutes.update, permission: "risk-analyses.write", handler: ({ principal, params, body }) => updateRiskAnalysis(principal, params.id, body) });
export const DELETE = withApi({ ...riskAnalysisRoutes.remove, permission: "risk-analyses.write", handler: ({ principal, params }) => deleteRiskAnalysis(principal, params.id) });
