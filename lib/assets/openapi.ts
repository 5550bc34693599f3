import { defineRoute, idParams, itemsSchema, pagedSchema } from "../api/route";
import { classificationSettings } from "../classification/settings";
import { settingsRows } from "../settings/openapi";
import { z } from "../validation/zod";
import { requirementRoutes } from "./requirements-openapi";
import { requirementStatusesSchema, requirementStatusSchema, assetRequirementViewSchema } from "./requirements-schema";
import {
  assetCreateSchema,
  assetDetailViewSchema,
  assetExportQuerySchema,
  assetListQuerySchema,
  assetOptionSchema,
  assetOptionsQuerySchema,
  assetReviewSchema,
  assetUpdateSchema,
  assetViewSchema,
  classificationHistoryViewSchema,
} from "./schema";

const tag = "Informationsklassning";
const base = "/api/v1/assets";
const item = `${base}/{id}` as const;

export const assetRoutes = {
  list: defineRoute({ method: "GET", path: base, tag, summary: "Lista informationstillgångar", permission: "assets.read", query: assetListQuerySchema, response: pagedSchema(assetViewSchema) }),
  create: defineRoute({ method: "POST", path: base, tag, summary: "Skapa informationstillgångar", permission: "assets.create", body: assetCreateSchema, response: assetDetailViewSchema, status: 201 }),
  get: defineRoute({ method: "GET", path: item, tag, summary: "Hämta informationstillgångar", permission: "assets.read", params: idParams, response: assetDetailViewSchema }),
  update: defineRoute({ method: "PATCH", path: item, tag, summary: "Ändra informationstillgångar (skicka version)", permission: "assets.write", params: idParams, body: assetUpdateSchema, response: assetDetailViewSchema }),
  remove: defineRoute({ method: "DELETE", path: item, tag, summary: "Ta bort informationstillgångar", permission: "assets.delete", params: idParams, status: 204 }),
  export: defineRoute({
    method: "GET",
    path: `${base}/export`,
    tag,
    summary: "Exportera den filtrerade listan (format=csv|xlsx, samma filter som listan)",
    permission: "assets.read",
    query: assetExportQuerySchema,
    file: true,
  }),
  import: defineRoute({
    method: "POST",
    path: `${base}/import`,
    tag,
    summary:
      "Importera tillgångar från .xlsx eller .csv (multipart/form-data, fältet `file`; samma kolumner som exporten, verksamhet och ägare med namn eller e-post). " +
      "Allt eller inget: vid fel svarar 400 med `fields` nycklat `rad 5: Konfidentialitet` (radnummer som i kalkylbladet, rubrikraden är rad 1) och inget importeras. " +
      "201 `{imported}`; en ändringslogghändelse (import) per tillgång. Högst 10 MB (413), 20 000 rader, 200 kolumner, 32 767 tecken per cell och 64 MB uppackat (400); " +
      "en import i taget per användare (429).",
    permission: "assets.create",
    upload: true,
    response: z.object({ imported: z.number().int() }),
    status: 201,
  }),
  review: defineRoute({
    method: "POST",
    path: `${item}/review`,
    tag,
    summary: "Omprövad utan ändring: förnyar reviewDueAt och skriver historik",
    permission: "assets.write",
    params: idParams,
    body: assetReviewSchema,
    response: assetDetailViewSchema,
  }),
  classifications: defineRoute({
    method: "GET",
    path: `${item}/classifications`,
    tag,
    summary: "Klassningshistorik: vem, när, nivåer, motiveringar och nivånamn vid tillfället",
    permission: "assets.read",
    params: idParams,
    response: itemsSchema(classificationHistoryViewSchema),
  }),
  requirements: defineRoute({
    method: "GET",
    path: `${item}/requirements`,
    tag,
    summary: "Skyddskrav som tillgångens nivåer kräver, med status (met/partly/not_met)",
    permission: "assets.read",
    params: idParams,
    response: itemsSchema(assetRequirementViewSchema),
  }),
  requirementStatus: defineRoute({
    method: "PUT",
    path: `${item}/requirements/{requirementId}`,
    tag,
    summary: "Sätt status för ett skyddskrav på tillgången (en brist blir åtgärd via POST /api/v1/actions med source {type:\"asset\", id})",
    permission: "assets.write",
    params: z.object({ id: z.uuid(), requirementId: z.uuid() }),
    body: requirementStatusSchema,
    response: assetRequirementViewSchema,
  }),
  requirementStatuses: defineRoute({
    method: "PUT",
    path: `${item}/requirements`,
    tag,
    summary: "Sätt status för flera skyddskrav på tillgången i en transaktion (allt eller inget); oförändrade skrivs inte i ändringsloggen",
    permission: "assets.write",
    params: idParams,
    body: requirementStatusesSchema,
    response: itemsSchema(assetRequirementViewSchema),
  }),
  options: defineRoute({
    method: "GET",
    path: `${base}/options`,
    tag,
    summary: "Tillgångar för väljare: namn som matchar q (högst take, 20), kind och mine=true för egna; skyddsnivå bara för den som läser registret",
    permission: "assets.names",
    query: assetOptionsQuerySchema,
    response: itemsSchema(assetOptionSchema),
  }),
  ...requirementRoutes,
  classificationModel: settingsRows(classificationSettings, {
    path: "/api/v1/classification-model",
    tag,
    read: "Klassningsmodellen: nivåer med kriterier per aspekt, spårbarhet, omprövningsintervall",
    write: "Ändra klassningsmodellen (admin, ciso)",
  }),
};
