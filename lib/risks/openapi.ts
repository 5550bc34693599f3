import { crudOperations, type ApiOperation } from "../openapi/operations";
import { riskAnalysisCreateSchema, riskAnalysisListQuerySchema, riskAnalysisUpdateSchema } from "../risk-analyses/schema";
import {
  riskAcceptSchema,
  riskCreateSchema,
  riskExportQuerySchema,
  riskHeatmapQuerySchema,
  riskListQuerySchema,
  riskTrendQuerySchema,
  riskUpdateSchema,
} from "./schema";
import { riskSettingsSchema } from "./settings-schema";

const tag = "Riskhantering";

export const riskOperations: ApiOperation[] = [
  ...crudOperations("risk-analyses", tag, { create: riskAnalysisCreateSchema, update: riskAnalysisUpdateSchema, listQuery: riskAnalysisListQuerySchema }, "riskanalyser"),
  { method: "get", path: "/api/v1/risks/heatmap", tag, summary: "Riskmatris 4×4 (nuvarande eller kvarvarande risk, ?residual=true) med listans filter", query: riskHeatmapQuerySchema },
  { method: "get", path: "/api/v1/risks/trend", tag, summary: "Antal risker per riskklass månad för månad", query: riskTrendQuerySchema },
  { method: "get", path: "/api/v1/risks/export", tag, summary: "Exportera filtrerad risklista som CSV eller Excel", query: riskExportQuerySchema },
  ...crudOperations("risks", tag, { create: riskCreateSchema, update: riskUpdateSchema, listQuery: riskListQuerySchema }, "risker"),
  { method: "post", path: "/api/v1/risks/{id}/accept", tag, summary: "Acceptera risken med motiverat beslut (inom beslutsfattarens befogenhet)", body: riskAcceptSchema },
  { method: "get", path: "/api/v1/risks/{id}/history", tag, summary: "Riskens nivåer över tid" },
  { method: "get", path: "/api/v1/settings/risk", tag, summary: "Riskklasser och acceptanskriterier" },
  { method: "put", path: "/api/v1/settings/risk", tag, summary: "Ändra riskklasser och acceptanskriterier", body: riskSettingsSchema },
];
