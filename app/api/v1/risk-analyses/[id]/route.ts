import { withApi } from "@/lib/api/handler";
import { getRiskAnalysis } from "@/lib/risk-analyses/queries";
import { riskAnalysisUpdateSchema } from "@/lib/risk-analyses/schema";
import { deleteRiskAnalysis, updateRiskAnalysis } from "@/lib/risk-analyses/service";

export const GET = withApi({ handler: ({ principal, params }) => getRiskAnalysis(principal, params.id) });
export const PATCH = withApi({ body: riskAnalysisUpdateSchema, handler: ({ principal, params, body }) => updateRiskAnalysis(principal, params.id, body) });
export const DELETE = withApi({ handler: ({ principal, params }) => deleteRiskAnalysis(principal, params.id) });
