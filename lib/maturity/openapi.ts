import { defineRoute, idParams, pagedSchema } from "../api/route";
import { actionViewSchema } from "../actions/schema";
import { exportFormatSchema } from "../export/format";
import { settingsRows } from "../settings/openapi";
import { z } from "../validation/zod";
import { maturityModelSchema } from "./model";
import { assessmentComparisonViewSchema, assessmentResultsViewSchema, maturityTrendViewSchema } from "./results-schema";
import {
  assessmentCreateSchema,
  assessmentListQuerySchema,
  assessmentSummaryViewSchema,
  assessmentUpdateSchema,
  assessmentViewSchema,
  compareQuerySchema,
  proposalActionSchema,
  proposalViewSchema,
  trendQuerySchema,
} from "./schema";
import { maturitySettings } from "./settings";

const tag = "Mognad";
const base = "/api/v1/maturity-assessments";
const item = `${base}/{id}` as const;

export const maturityExportQuerySchema = z.object({ format: exportFormatSchema.default("csv") });

export const maturityRoutes = {
  list: defineRoute({ method: "GET", path: base, tag, summary: "Lista mognadsdialoger", permission: "maturity.read", query: assessmentListQuerySchema, response: pagedSchema(assessmentSummaryViewSchema) }),
  create: defineRoute({ method: "POST", path: base, tag, summary: "Skapa mognadsdialoger", permission: "maturity.write", body: assessmentCreateSchema, response: assessmentViewSchema, status: 201 }),
  get: defineRoute({ method: "GET", path: item, tag, summary: "Hämta mognadsdialoger", permission: "maturity.read", params: idParams, response: assessmentViewSchema }),
  update: defineRoute({
    method: "PATCH",
    path: item,
    tag,
    summary: "Ändra mognadsdialoger (skicka version)",
    permission: "maturity.write",
    params: idParams,
    body: assessmentUpdateSchema,
    response: assessmentViewSchema,
  }),
  remove: defineRoute({ method: "DELETE", path: item, tag, summary: "Ta bort mognadsdialoger", permission: "maturity.write", params: idParams, status: 204 }),
  results: defineRoute({
    method: "GET",
    path: `${item}/results`,
    tag,
    summary: "Vårt resultat: nivå, målnivå, gap och indikatorer per perspektiv",
    permission: "maturity.read",
    params: idParams,
    response: assessmentResultsViewSchema,
  }),
  export: defineRoute({
    method: "GET",
    path: `${item}/export`,
    tag,
    summary: "Exportera sessionen per perspektiv (CSV eller Excel)",
    permission: "maturity.read",
    params: idParams,
    query: maturityExportQuerySchema,
    file: true,
  }),
  proposalAction: defineRoute({
    method: "POST",
    path: `${item}/proposals/{proposalId}/action`,
    tag,
    summary: "Gör förbättringsförslaget till en åtgärd (201; 200 med befintlig åtgärd om förslaget redan har en)",
    permission: "maturity.write",
    params: z.object({ id: z.uuid(), proposalId: z.uuid() }),
    body: proposalActionSchema,
    response: z.object({ created: z.boolean(), proposal: proposalViewSchema, action: actionViewSchema }),
    status: 201,
    alsoStatus: 200,
  }),
  trend: defineRoute({ method: "GET", path: `${base}/trend`, tag, summary: "Utveckling per perspektiv över sessionerna", permission: "maturity.read", query: trendQuerySchema, response: maturityTrendViewSchema }),
  compare: defineRoute({
    method: "GET",
    path: `${base}/compare`,
    tag,
    summary: "Jämför två sessioner per perspektiv",
    permission: "maturity.read",
    query: compareQuerySchema,
    response: assessmentComparisonViewSchema,
  }),
  model: defineRoute({
    method: "GET",
    path: "/api/v1/maturity-model",
    tag,
    summary: "MSB:s Mognadsdialogen: nivåbeskrivningar, perspektiv och råd (MSB:s text)",
    permission: "maturity-model.read",
    response: maturityModelSchema,
  }),
  settings: settingsRows(maturitySettings, { path: "/api/v1/settings/maturity", tag, read: "Målnivåer per perspektiv", write: "Ändra målnivåer per perspektiv" }),
};
