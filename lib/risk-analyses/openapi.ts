import { defineRoute, idParams, pagedSchema } from "../api/route";
import { riskAnalysisCreateSchema, riskAnalysisDetailViewSchema, riskAnalysisListQuerySchema, riskAnalysisUpdateSchema, riskAnalysisViewSchema } from "./schema";

const tag = "Riskhantering";
const base = "/api/v1/risk-analyses";
const item = `${base}/{id}` as const;

export const riskAnalysisRoutes = {
  list: defineRoute({
    method: "GET",
    path: base,
    tag,
    summary: "Lista riskanalyser",
    permission: "risk-analyses.read",
    query: riskAnalysisListQuerySchema,
    response: pagedSchema(riskAnalysisViewSchema),
  }),
  create: defineRoute({ method: "POST", path: base, tag, summary: "Skapa riskanalyser", permission: "risk-analyses.write", body: riskAnalysisCreateSchema, response: riskAnalysisViewSchema, status: 201 }),
  get: defineRoute({
    method: "GET",
    path: item,
    tag,
    summary: "Hämta riskanalyser (med sammanställning: riskklasser, status, riskmatriser, försenade åtgärder)",
    permission: "risk-analyses.read",
    params: idParams,
    response: riskAnalysisDetailViewSchema,
  }),
  update: defineRoute({
    method: "PATCH",
    path: item,
    tag,
    summary: "Ändra riskanalyser (skicka version)",
    permission: "risk-analyses.write",
    params: idParams,
    body: riskAnalysisUpdateSchema,
    response: riskAnalysisViewSchema,
  }),
  remove: defineRoute({ method: "DELETE", path: item, tag, summary: "Ta bort riskanalyser", permission: "risk-analyses.write", params: idParams, status: 204 }),
};
