import { defineRoute, idParams, itemsSchema, pagedSchema } from "../api/route";
import { exportFormatSchema } from "../export/format";
import { settingsRows } from "../settings/openapi";
import { z } from "../validation/zod";
import { actionViewSchema } from "../actions/schema";
import {
  benchmarkViewSchema,
  prefillProposalSchema,
  questionActionSchema,
  questionSetCreateSchema,
  questionSetListQuerySchema,
  questionSetSummaryViewSchema,
  questionSetViewSchema,
  responseCreateSchema,
  responseListQuerySchema,
  responseParams,
  responseSummaryViewSchema,
  responseUpdateSchema,
  responseViewSchema,
  resultViewSchema,
  submitSchema,
} from "./schema";
import { benchmarkingSettings } from "./settings";

const tag = "Uppföljningsmodell";
const base = "/api/v1/questionnaires";
const set = `${base}/{id}` as const;
const responses = `${set}/responses` as const;
const response = `${responses}/{rid}` as const;

export const questionnaireRoutes = {
  list: defineRoute({ method: "GET", path: base, tag, summary: "Lista frågeuppsättningar (den inbyggda skapas vid första läsningen)", permission: "questionnaires.read", query: questionSetListQuerySchema, response: pagedSchema(questionSetSummaryViewSchema) }),
  create: defineRoute({ method: "POST", path: base, tag, summary: "Skapa en frågeuppsättning (oföränderlig: en ny version är en ny uppsättning)", permission: "questionnaires.write", body: questionSetCreateSchema, response: questionSetViewSchema, status: 201 }),
  get: defineRoute({ method: "GET", path: set, tag, summary: "Hämta en frågeuppsättning", permission: "questionnaires.read", params: idParams, response: questionSetViewSchema }),
  export: defineRoute({
    method: "GET",
    path: `${set}/export`,
    tag,
    summary: "Exportera uppsättningen som JSON (importeras med POST /questionnaires) eller som tabell, en rad per svarsalternativ",
    permission: "questionnaires.read",
    params: idParams,
    query: z.object({ format: z.enum(["json", "csv", "xlsx"]).default("json") }),
    file: true,
    fileTypes: ["application/json", "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
  }),
  import: defineRoute({
    method: "POST",
    path: `${base}/import`,
    tag,
    summary: "Importera en uppsättning från .xlsx eller .csv (multipart/form-data, fältet `file`, valfritt `title`; samma kolumner som exporten, en rad per svarsalternativ). 400 med `fields` vid fel, inget sparas.",
    permission: "questionnaires.write",
    upload: true,
    uploadFields: z.object({ title: z.string().optional() }),
    response: questionSetViewSchema,
    status: 201,
  }),
  listResponses: defineRoute({ method: "GET", path: responses, tag, summary: "Lista mätningar av en uppsättning", permission: "questionnaires.read", params: idParams, query: responseListQuerySchema, response: pagedSchema(responseSummaryViewSchema) }),
  createResponse: defineRoute({ method: "POST", path: responses, tag, summary: "Påbörja en mätning (perioden är som standard de senaste två åren)", permission: "questionnaires.write", params: idParams, body: responseCreateSchema, response: responseViewSchema, status: 201 }),
  getResponse: defineRoute({ method: "GET", path: response, tag, summary: "Hämta en mätning", permission: "questionnaires.read", params: responseParams, response: responseViewSchema }),
  updateResponse: defineRoute({ method: "PATCH", path: response, tag, summary: "Spara svar (skicka version; en inskickad mätning är skrivskyddad)", permission: "questionnaires.write", params: responseParams, body: responseUpdateSchema, response: responseViewSchema }),
  submit: defineRoute({ method: "POST", path: `${response}/submit`, tag, summary: "Skicka in mätningen och spara resultatet", permission: "questionnaires.write", params: responseParams, body: submitSchema, response: responseViewSchema }),
  result: defineRoute({ method: "GET", path: `${response}/result`, tag, summary: "Nivå enligt MSB:s poängregel (sparad vid inskick, annars beräknad)", permission: "questionnaires.read", params: responseParams, response: resultViewSchema }),
  resultPdf: defineRoute({ method: "GET", path: `${response}/result.pdf`, tag, summary: "Resultatet som PDF för ledningens genomgång", permission: "questionnaires.read", params: responseParams, file: true, fileTypes: ["application/pdf"] }),
  benchmark: defineRoute({
    method: "GET",
    path: `${response}/benchmark`,
    tag,
    summary: "Median och kvartiler per arbetsområde hos organisationer som delar sina resultat anonymt (minst fem, annars available: false)",
    permission: "questionnaires.read",
    params: responseParams,
    response: benchmarkViewSchema,
  }),
  settings: settingsRows(benchmarkingSettings, { path: "/api/v1/settings/benchmarking", tag, read: "Delar organisationen sina resultat anonymt för jämförelse", write: "Ändra delning av resultat för jämförelse (administratör)" }),
  exportResponse: defineRoute({
    method: "GET",
    path: `${response}/export`,
    tag,
    summary: "Exportera mätningens svar med poäng, en rad per fråga (CSV eller Excel)",
    permission: "questionnaires.read",
    params: responseParams,
    query: z.object({ format: exportFormatSchema.default("xlsx") }),
    file: true,
  }),
  prefill: defineRoute({ method: "GET", path: `${response}/prefill`, tag, summary: "Förslag till svar från registren, med siffran bakom", permission: "questionnaires.read", params: responseParams, response: itemsSchema(prefillProposalSchema) }),
  action: defineRoute({ method: "POST", path: `${response}/actions`, tag, summary: "Gör en fråga att förbättra till en åtgärd", permission: "questionnaires.write", params: responseParams, body: questionActionSchema, response: actionViewSchema, status: 201 }),
};
