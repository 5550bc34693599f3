import { assetOptionSchema } from "../assets/schema";
import { defineRoute, idParams, itemsSchema, pagedSchema } from "../api/route";
import { exportFormatSchema } from "../export/format";
import { riskViewSchema } from "../risks/schema";
import { settingsRows } from "../settings/openapi";
import { z } from "../validation/zod";
import {
  assetOptionsQuerySchema,
  incidentCloseSchema,
  incidentCreateSchema,
  incidentFilterSchema,
  incidentListQuerySchema,
  incidentTrendQuerySchema,
  incidentTrendSchema,
  incidentUpdateSchema,
  incidentViewSchema,
  OBLIGATION_KINDS,
  obligationReportSchema,
} from "./schema";
import { incidentCategorySchema } from "./settings-schema";
import { incidentSettings } from "./settings";

const tag = "Incidenthantering";
const base = "/api/v1/incidents";
const item = `${base}/{id}` as const;

export const incidentExportQuerySchema = incidentFilterSchema.extend({ format: exportFormatSchema.default("csv") });

export const incidentRoutes = {
  list: defineRoute({ method: "GET", path: base, tag, summary: "Lista incidenter (rapportören ser sina egna)", permission: "incidents.read", query: incidentListQuerySchema, response: pagedSchema(incidentViewSchema) }),
  report: defineRoute({
    method: "POST",
    path: base,
    tag,
    summary:
      "Rapportera en incident (alla roller); svarar med referens, t.ex. INC-2026-0042. Den som hanterar incidenter (ciso, admin) kan samtidigt ange riskIds, severity, handlerId och status; andra roller får 403 för dem",
    permission: "incidents.report",
    body: incidentCreateSchema,
    response: incidentViewSchema,
    status: 201,
  }),
  get: defineRoute({ method: "GET", path: item, tag, summary: "Hämta incident med rapporteringsskyldigheter", permission: "incidents.read", params: idParams, response: incidentViewSchema }),
  update: defineRoute({
    method: "PATCH",
    path: item,
    tag,
    summary:
      "Hantera incident: bedömning, status, grundorsak, länkar, rapporteringsskyldigheter (skicka version). Att avsluta kräver grundorsak (grad 3–4) och att varje skyldighet är rapporterad eller bedömd (annars 400 obligations_open)",
    permission: "incidents.handle",
    params: idParams,
    body: incidentUpdateSchema,
    response: incidentViewSchema,
  }),
  close: defineRoute({
    method: "POST",
    path: `${item}/close`,
    tag,
    summary:
      "Stäng incidenten: grundorsak och utfall för öppna skyldigheter; går igenom återstående statussteg till closed i en transaktion (varje steg i ändringsloggen). 400 obligations_open, root_cause_required, motivation_required",
    permission: "incidents.handle",
    params: idParams,
    body: incidentCloseSchema,
    response: incidentViewSchema,
  }),
  obligation: defineRoute({
    method: "PATCH",
    path: `${item}/obligations/{kind}`,
    tag,
    summary:
      "Registrera rapport till myndighet (gdpr_imy, nis2_*, msbfs_*) med reportedAt, eller notReportable: true med motivation; reportedAt null eller notReportable false tar bort den",
    permission: "incidents.handle",
    params: z.object({ id: z.uuid(), kind: z.enum(OBLIGATION_KINDS) }),
    body: obligationReportSchema,
    response: incidentViewSchema,
  }),
  draftRisk: defineRoute({
    method: "POST",
    path: `${item}/draft-risk`,
    tag,
    summary: "Skapa riskutkast i riskregistret från en oförutsedd incident (201; finns utkastet redan: 200 med samma risk)",
    permission: "incidents.handle",
    params: idParams,
    response: z.object({ risk: riskViewSchema, incident: incidentViewSchema }),
    status: 201,
    alsoStatus: 200,
  }),
  trend: defineRoute({ method: "GET", path: `${base}/trend`, tag, summary: "Antal incidenter per månad och kategori", permission: "incidents.read", query: incidentTrendQuerySchema, response: incidentTrendSchema }),
  export: defineRoute({ method: "GET", path: `${base}/export`, tag, summary: "Exportera filtrerade incidenter (csv eller xlsx)", permission: "incidents.read", query: incidentExportQuerySchema, file: true }),
  categories: defineRoute({
    method: "GET",
    path: `${base}/categories`,
    tag,
    summary: "Organisationens incidentkategorier (för rapportformuläret)",
    permission: "incidents.report",
    response: itemsSchema(incidentCategorySchema),
  }),
  assetOptions: defineRoute({
    method: "GET",
    path: `${base}/asset-options`,
    tag,
    summary: "Sök informationstillgångar att ange i en rapport (bara namn)",
    permission: "incidents.report",
    query: assetOptionsQuerySchema,
    response: itemsSchema(assetOptionSchema),
  }),
  settings: settingsRows(incidentSettings, {
    path: "/api/v1/settings/incidents",
    tag,
    read: "Inställningar: NIS2, MSBFS 2020:8, kategorier (admin, ciso läser)",
    write: "Ändra inställningar för incidenthantering (admin)",
  }),
};
