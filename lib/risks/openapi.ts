import { optionsQuerySchema } from "../api/options";
import { defineRoute, idParams, itemsSchema, pagedSchema } from "../api/route";
import { settingsRows } from "../settings/openapi";
import {
  riskAcceptSchema,
  riskConfirmSchema,
  riskDecisionSchema,
  riskProposalSchema,
  riskCreateSchema,
  riskExportQuerySchema,
  riskHeatmapQuerySchema,
  riskHeatmapViewSchema,
  riskLevelChangeViewSchema,
  riskListQuerySchema,
  riskOptionSchema,
  riskTrendPointSchema,
  riskTrendQuerySchema,
  riskUpdateSchema,
  riskViewSchema,
} from "./schema";
import { riskSettings } from "./settings";

const tag = "Riskhantering";
const base = "/api/v1/risks";
const item = `${base}/{id}` as const;

export const riskRoutes = {
  heatmap: defineRoute({
    method: "GET",
    path: `${base}/heatmap`,
    tag,
    summary: "Riskmatris 4×4 (nuvarande eller kvarvarande risk, ?residual=true) med listans filter",
    permission: "risks.read",
    query: riskHeatmapQuerySchema,
    response: riskHeatmapViewSchema,
  }),
  trend: defineRoute({
    method: "GET",
    path: `${base}/trend`,
    tag,
    summary: "Antal risker per riskklass månad för månad",
    permission: "risks.read",
    query: riskTrendQuerySchema,
    response: itemsSchema(riskTrendPointSchema),
  }),
  export: defineRoute({ method: "GET", path: `${base}/export`, tag, summary: "Exportera filtrerad risklista som CSV eller Excel", permission: "risks.read", query: riskExportQuerySchema, file: true }),
  list: defineRoute({ method: "GET", path: base, tag, summary: "Lista risker", permission: "risks.read", query: riskListQuerySchema, response: pagedSchema(riskViewSchema) }),
  // Admin and ciso register risks; an information owner proposes risks on their own assets.
  create: defineRoute({ method: "POST", path: base, tag, summary: "Skapa risker", permission: "risks.propose", body: riskCreateSchema, response: riskViewSchema, status: 201 }),
  get: defineRoute({ method: "GET", path: item, tag, summary: "Hämta risker", permission: "risks.read", params: idParams, response: riskViewSchema }),
  // Everyone who may change a risk at all holds risks.accept: stewards change everything (risks.write),
  // deciders send only an acceptance decision; the service tells the two apart.
  update: defineRoute({ method: "PATCH", path: item, tag, summary: "Ändra risker (skicka version)", permission: "risks.accept", params: idParams, body: riskUpdateSchema, response: riskViewSchema }),
  remove: defineRoute({ method: "DELETE", path: item, tag, summary: "Ta bort risker", permission: "risks.delete", params: idParams, status: 204 }),
  accept: defineRoute({
    method: "POST",
    path: `${item}/accept`,
    tag,
    summary: "Acceptera risken med motiverat beslut (inom beslutsfattarens befogenhet)",
    permission: "risks.accept",
    params: idParams,
    body: riskAcceptSchema,
    response: riskViewSchema,
  }),
  confirm: defineRoute({
    method: "POST",
    path: `${item}/accept/confirm`,
    tag,
    summary: "Beslutsfattaren bekräftar ett beslut om acceptans som registrerats för hens räkning",
    permission: "risks.accept",
    params: idParams,
    body: riskConfirmSchema,
    response: riskViewSchema,
  }),
  propose: defineRoute({
    method: "POST",
    path: `${item}/acceptance-proposal`,
    tag,
    summary: "Föreslå att risken accepteras; förslaget väntar på beslut av den vars befogenhet räcker för risknivån",
    permission: "risks.propose",
    params: idParams,
    body: riskProposalSchema,
    response: riskViewSchema,
  }),
  decide: defineRoute({
    method: "POST",
    path: `${item}/acceptance-decision`,
    tag,
    summary: "Besluta om ett förslag om acceptans: acceptera eller avslå, med motivering",
    permission: "risks.accept",
    params: idParams,
    body: riskDecisionSchema,
    response: riskViewSchema,
  }),
  awaiting: defineRoute({
    method: "GET",
    path: `${base}/awaiting-decision`,
    tag,
    summary: "Förslag om acceptans som väntar på ditt beslut",
    permission: "risks.accept",
    response: itemsSchema(riskViewSchema),
  }),
  history: defineRoute({ method: "GET", path: `${item}/history`, tag, summary: "Riskens nivåer över tid", permission: "risks.read", params: idParams, response: itemsSchema(riskLevelChangeViewSchema) }),
  options: defineRoute({
    method: "GET",
    path: `${base}/options`,
    tag,
    summary: "Sök risker att välja i en väljare (titel och identifieringsdag; bara risker du får läsa)",
    permission: "risks.read",
    query: optionsQuerySchema,
    response: itemsSchema(riskOptionSchema),
  }),
  settings: settingsRows(riskSettings, {
    path: "/api/v1/settings/risk",
    tag,
    read: "Riskklasser och acceptanskriterier",
    write: "Ändra riskklasser och acceptanskriterier (endast administratören)",
  }),
};
