import { actionViewSchema } from "../actions/schema";
import { defineRoute, idParams, pagedSchema } from "../api/route";
import {
  findingActionSchema,
  findingCreateSchema,
  findingEscalateSchema,
  findingExportQuerySchema,
  findingListQuerySchema,
  findingTransitionSchema,
  findingUpdateSchema,
  findingVerifySchema,
  findingViewSchema,
} from "./schema";

const tag = "Internrevision";
const base = "/api/v1/findings";
const item = `${base}/{id}` as const;

export const findingRoutes = {
  export: defineRoute({ method: "GET", path: `${base}/export`, tag, summary: "Exportera filtrerade iakttagelser som CSV eller Excel", permission: "audits.read", query: findingExportQuerySchema, file: true }),
  list: defineRoute({ method: "GET", path: base, tag, summary: "Alla revisioners iakttagelser (filter: typ, status, revision, verksamhet, försenade, eskalerade)", permission: "audits.read", query: findingListQuerySchema, response: pagedSchema(findingViewSchema) }),
  create: defineRoute({ method: "POST", path: base, tag, summary: "Registrera en iakttagelse (positiva stängs direkt)", permission: "audits.write", body: findingCreateSchema, response: findingViewSchema, status: 201 }),
  get: defineRoute({ method: "GET", path: item, tag, summary: "Hämta iakttagelse", permission: "audits.read", params: idParams, response: findingViewSchema }),
  // The responsible person (any role) sends only the response; the auditor changes everything.
  update: defineRoute({ method: "PATCH", path: item, tag, summary: "Ändra iakttagelse eller besvara den som ansvarig (skicka version)", permission: "findings.respond", params: idParams, body: findingUpdateSchema, response: findingViewSchema }),
  transition: defineRoute({
    method: "POST",
    path: `${item}/transitions`,
    tag,
    summary: "Flytta iakttagelsen (den ansvarige skickar in planen och rapporterar genomförd; revisorn godkänner och stänger)",
    permission: "findings.respond",
    params: idParams,
    body: findingTransitionSchema,
    response: findingViewSchema,
  }),
  verify: defineRoute({ method: "POST", path: `${item}/verification`, tag, summary: "Effektivitetskontroll (effective: false öppnar iakttagelsen igen)", permission: "audits.write", params: idParams, body: findingVerifySchema, response: findingViewSchema }),
  escalate: defineRoute({ method: "POST", path: `${item}/escalation`, tag, summary: "Eskalera till högsta ledningen (visas på ledningens översikt tills den stängs)", permission: "audits.write", params: idParams, body: findingEscalateSchema, response: findingViewSchema }),
  addAction: defineRoute({ method: "POST", path: `${item}/actions`, tag, summary: "Lägg till en åtgärd i handlingsplanen (källa finding i åtgärdslistan)", permission: "findings.respond", params: idParams, body: findingActionSchema, response: actionViewSchema, status: 201 }),
};
