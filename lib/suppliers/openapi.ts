import { optionsQuerySchema, recordOptionSchema } from "../api/options";
import { defineRoute, idParams, itemsSchema, pagedSchema } from "../api/route";
import { settingsRows } from "../settings/openapi";
import { z } from "../validation/zod";
import {
  followUpCreateSchema,
  followUpListQuerySchema,
  followUpUpdateSchema,
  followUpViewSchema,
  supplierCreateSchema,
  supplierExportQuerySchema,
  supplierListQuerySchema,
  supplierUpdateSchema,
  supplierViewSchema,
} from "./schema";
import { publicQuestionnaireViewSchema, questionnaireLinkCreateSchema, questionnaireLinkViewSchema, questionnaireSubmitSchema } from "./questionnaire-schema";
import { supplierSettings } from "./settings";

const tag = "Upphandling";
const base = "/api/v1/suppliers";
const item = `${base}/{id}` as const;
const followUps = "/api/v1/supplier-follow-ups";
const followUp = `${followUps}/{id}` as const;
const link = `${followUp}/questionnaire-link` as const;
const publicQuestionnaire = "/api/public/supplier-questionnaire/{token}";
const tokenParams = z.object({ token: z.string() });

export const supplierRoutes = {
  export: defineRoute({ method: "GET", path: `${base}/export`, tag, summary: "Exportera filtrerad leverantörslista som CSV eller Excel", permission: "suppliers.read", query: supplierExportQuerySchema, file: true }),
  import: defineRoute({
    method: "POST",
    path: `${base}/import`,
    tag,
    summary:
      "Importera leverantörer från .xlsx eller .csv (multipart/form-data, fältet `file`; exportens första kolumner). " +
      "Allt eller inget: vid fel svarar 400 med `fields` nycklat `rad 5: Organisationsnummer` och inget importeras. 201 `{imported}`.",
    permission: "suppliers.write",
    upload: true,
    response: z.object({ imported: z.number().int() }),
    status: 201,
  }),
  list: defineRoute({ method: "GET", path: base, tag, summary: "Lista leverantörer (kritikalitet, nästa uppföljning och brister härledda)", permission: "suppliers.read", query: supplierListQuerySchema, response: pagedSchema(supplierViewSchema) }),
  create: defineRoute({ method: "POST", path: base, tag, summary: "Registrera leverantör", permission: "suppliers.write", body: supplierCreateSchema, response: supplierViewSchema, status: 201 }),
  options: defineRoute({ method: "GET", path: `${base}/options`, tag, summary: "Sök leverantörer att välja i en väljare", permission: "suppliers.read", query: optionsQuerySchema, response: itemsSchema(recordOptionSchema) }),
  get: defineRoute({ method: "GET", path: item, tag, summary: "Hämta leverantör", permission: "suppliers.read", params: idParams, response: supplierViewSchema }),
  update: defineRoute({ method: "PATCH", path: item, tag, summary: "Ändra leverantör (skicka version)", permission: "suppliers.write", params: idParams, body: supplierUpdateSchema, response: supplierViewSchema }),
  remove: defineRoute({ method: "DELETE", path: item, tag, summary: "Ta bort leverantör utan avtal", permission: "suppliers.write", params: idParams, status: 204 }),
  settings: settingsRows(supplierSettings, {
    path: "/api/v1/settings/suppliers",
    tag,
    read: "Uppföljningsintervall per kritikalitet (månader)",
    write: "Ändra uppföljningsintervallen",
  }),
};

export const followUpRoutes = {
  list: defineRoute({ method: "GET", path: followUps, tag, summary: "Lista leverantörsuppföljningar", permission: "suppliers.read", query: followUpListQuerySchema, response: pagedSchema(followUpViewSchema) }),
  create: defineRoute({ method: "POST", path: followUps, tag, summary: "Registrera uppföljning; anmärkningar blir åtgärder", permission: "suppliers.write", body: followUpCreateSchema, response: followUpViewSchema, status: 201 }),
  get: defineRoute({ method: "GET", path: followUp, tag, summary: "Hämta uppföljning", permission: "suppliers.read", params: idParams, response: followUpViewSchema }),
  update: defineRoute({ method: "PATCH", path: followUp, tag, summary: "Ändra uppföljning (skicka version)", permission: "suppliers.write", params: idParams, body: followUpUpdateSchema, response: followUpViewSchema }),
  remove: defineRoute({ method: "DELETE", path: followUp, tag, summary: "Ta bort uppföljning", permission: "suppliers.write", params: idParams, status: 204 }),
  questionnaireLink: defineRoute({ method: "GET", path: link, tag, summary: "Uppföljningens senaste enkätlänk: status och svar (`link` null om ingen skapats)", permission: "suppliers.read", params: idParams, response: z.object({ link: questionnaireLinkViewSchema.nullable() }) }),
  createQuestionnaireLink: defineRoute({
    method: "POST",
    path: link,
    tag,
    summary: "Skapa hemlig enkätlänk till leverantören (metoden enkät); adressen `url` visas bara i detta svar, en tidigare öppen länk återkallas",
    permission: "suppliers.write",
    params: idParams,
    body: questionnaireLinkCreateSchema,
    response: questionnaireLinkViewSchema,
    status: 201,
  }),
  revokeQuestionnaireLink: defineRoute({ method: "DELETE", path: link, tag, summary: "Återkalla den öppna enkätlänken", permission: "suppliers.write", params: idParams, status: 204 }),
  publicQuestionnaire: defineRoute({
    method: "GET",
    path: publicQuestionnaire,
    tag,
    summary: "Leverantörens enkät utan inloggning: frågorna, organisationens och leverantörens namn. Okänd, återkallad eller utgången länk ger 404; begränsas per adress och länk (429)",
    permission: "public",
    params: tokenParams,
    response: publicQuestionnaireViewSchema,
  }),
  submitPublicQuestionnaire: defineRoute({
    method: "POST",
    path: publicQuestionnaire,
    tag,
    summary: "Leverantören svarar på enkäten utan inloggning: ett svar per fråga, en gång (sedan 409)",
    permission: "public",
    params: tokenParams,
    body: questionnaireSubmitSchema,
    response: z.object({ answeredAt: z.string() }),
    status: 201,
  }),
};
