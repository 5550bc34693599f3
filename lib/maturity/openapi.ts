import { crudOperations, type ApiOperation } from "../openapi/operations";
import { exportQuerySchema } from "./export";
import { assessmentCreateSchema, assessmentListQuerySchema, assessmentUpdateSchema, compareQuerySchema, proposalActionSchema, trendQuerySchema } from "./schema";
import { maturitySettingsSchema } from "./settings-schema";

const tag = "Mognad";
const base = "/api/v1/maturity-assessments";

export const maturityOperations: ApiOperation[] = [
  ...crudOperations("maturity-assessments", tag, { create: assessmentCreateSchema, update: assessmentUpdateSchema, listQuery: assessmentListQuerySchema }, "mognadsdialoger"),
  { method: "get", path: `${base}/{id}/results`, tag, summary: "Vårt resultat: nivå, målnivå, gap och indikatorer per perspektiv" },
  { method: "get", path: `${base}/{id}/export`, tag, summary: "Exportera sessionen per perspektiv (CSV eller Excel)", query: exportQuerySchema },
  {
    method: "post",
    path: `${base}/{id}/proposals/{proposalId}/action`,
    tag,
    summary: "Gör förbättringsförslaget till en åtgärd (201; 200 med befintlig åtgärd om förslaget redan har en)",
    body: proposalActionSchema,
    status: 201,
  },
  { method: "get", path: `${base}/trend`, tag, summary: "Utveckling per perspektiv över sessionerna", query: trendQuerySchema },
  { method: "get", path: `${base}/compare`, tag, summary: "Jämför två sessioner per perspektiv", query: compareQuerySchema },
  { method: "get", path: "/api/v1/maturity-model", tag, summary: "MSB:s Mognadsdialogen: nivåbeskrivningar, perspektiv och råd (MSB:s text)" },
  { method: "get", path: "/api/v1/settings/maturity", tag, summary: "Målnivåer per perspektiv" },
  { method: "put", path: "/api/v1/settings/maturity", tag, summary: "Ändra målnivåer per perspektiv", body: maturitySettingsSchema },
];
