import { defineRoute, idParams, itemsSchema, pagedSchema } from "../api/route";
import { z } from "../validation/zod";
import {
  auditCreateSchema,
  auditListQuerySchema,
  auditTransitionSchema,
  auditUpdateSchema,
  auditViewSchema,
  checklistCopySchema,
  checklistItemCreateSchema,
  checklistItemUpdateSchema,
  checklistItemViewSchema,
  reportIssueSchema,
  reportViewSchema,
} from "./schema";

const tag = "Internrevision";
const base = "/api/v1/audits";
const item = `${base}/{id}` as const;
const itemParams = z.object({ id: z.uuid(), itemId: z.uuid() });

export const internalAuditRoutes = {
  list: defineRoute({ method: "GET", path: base, tag, summary: "Lista revisioner", permission: "audits.read", query: auditListQuerySchema, response: pagedSchema(auditViewSchema) }),
  create: defineRoute({ method: "POST", path: base, tag, summary: "Planera en revision i ett revisionsprogram", permission: "audits.write", body: auditCreateSchema, response: auditViewSchema, status: 201 }),
  get: defineRoute({ method: "GET", path: item, tag, summary: "Hämta revision", permission: "audits.read", params: idParams, response: auditViewSchema }),
  update: defineRoute({ method: "PATCH", path: item, tag, summary: "Ändra revision (skicka version)", permission: "audits.write", params: idParams, body: auditUpdateSchema, response: auditViewSchema }),
  transition: defineRoute({
    method: "POST",
    path: `${item}/transitions`,
    tag,
    summary: "Flytta revisionen ett steg (planerad → förberedd → genomförd → rapporterad → avslutad; uppskjuten och inställd kräver skäl)",
    permission: "audits.write",
    params: idParams,
    body: auditTransitionSchema,
    response: auditViewSchema,
  }),
  checklist: defineRoute({ method: "GET", path: `${item}/checklist`, tag, summary: "Revisionens checklista med anteckningar", permission: "audits.read", params: idParams, response: itemsSchema(checklistItemViewSchema) }),
  checklistAdd: defineRoute({ method: "POST", path: `${item}/checklist`, tag, summary: "Lägg till en fråga i checklistan", permission: "audits.write", params: idParams, body: checklistItemCreateSchema, response: checklistItemViewSchema, status: 201 }),
  checklistUpdate: defineRoute({
    method: "PATCH",
    path: `${item}/checklist/{itemId}`,
    tag,
    summary: "Spara anteckningar och bevis för en fråga (skicka version)",
    permission: "audits.write",
    params: itemParams,
    body: checklistItemUpdateSchema,
    response: checklistItemViewSchema,
  }),
  checklistCopy: defineRoute({ method: "POST", path: `${item}/checklist/copy`, tag, summary: "Kopiera frågorna från en tidigare revision", permission: "audits.write", params: idParams, body: checklistCopySchema, response: itemsSchema(checklistItemViewSchema) }),
  checklistGenerate: defineRoute({ method: "POST", path: `${item}/checklist/generate`, tag, summary: "Skapa en fråga per kriteriereferens som checklistan saknar", permission: "audits.write", params: idParams, response: itemsSchema(checklistItemViewSchema) }),
  reports: defineRoute({ method: "GET", path: `${item}/reports`, tag, summary: "Revisionsrapportens utgåvor, senaste först", permission: "audits.read", params: idParams, response: itemsSchema(reportViewSchema) }),
  issueReport: defineRoute({
    method: "POST",
    path: `${item}/reports`,
    tag,
    summary: "Utfärda revisionsrapporten (en rättelse blir en ny utgåva; tidigare utgåvor behålls)",
    permission: "audits.write",
    params: idParams,
    body: reportIssueSchema,
    response: auditViewSchema,
    status: 201,
  }),
  reportPdf: defineRoute({ method: "GET", path: `${item}/report.pdf`, tag, summary: "Revisionsrapporten som PDF med alla iakttagelser", permission: "audits.read", params: idParams, file: true }),
};
