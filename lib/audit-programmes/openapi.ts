import { defineRoute, idParams, pagedSchema } from "../api/route";
import { programmeApproveSchema, programmeCreateSchema, programmeListQuerySchema, programmeUpdateSchema, programmeViewSchema } from "./schema";

const tag = "Internrevision";
const base = "/api/v1/audit-programmes";
const item = `${base}/{id}` as const;

export const programmeRoutes = {
  list: defineRoute({ method: "GET", path: base, tag, summary: "Lista revisionsprogram", permission: "audits.read", query: programmeListQuerySchema, response: pagedSchema(programmeViewSchema) }),
  create: defineRoute({ method: "POST", path: base, tag, summary: "Skapa revisionsprogram", permission: "audits.write", body: programmeCreateSchema, response: programmeViewSchema, status: 201 }),
  get: defineRoute({ method: "GET", path: item, tag, summary: "Hämta revisionsprogram", permission: "audits.read", params: idParams, response: programmeViewSchema }),
  update: defineRoute({ method: "PATCH", path: item, tag, summary: "Ändra revisionsprogram (skicka version; ett godkänt program blir utkast igen)", permission: "audits.write", params: idParams, body: programmeUpdateSchema, response: programmeViewSchema }),
  approve: defineRoute({ method: "POST", path: `${item}/approve`, tag, summary: "Ledningen godkänner revisionsprogrammet", permission: "audit-programmes.approve", params: idParams, body: programmeApproveSchema, response: programmeViewSchema }),
};
