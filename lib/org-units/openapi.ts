import { defineRoute, idParams, pagedSchema } from "../api/route";
import { orgUnitCreateSchema, orgUnitListQuerySchema, orgUnitUpdateSchema, orgUnitViewSchema } from "./schema";

const tag = "Organisation";
const base = "/api/v1/org-units";
const item = `${base}/{id}` as const;

export const orgUnitRoutes = {
  list: defineRoute({ method: "GET", path: base, tag, summary: "Lista verksamheter", permission: "org-units.read", query: orgUnitListQuerySchema, response: pagedSchema(orgUnitViewSchema) }),
  create: defineRoute({ method: "POST", path: base, tag, summary: "Skapa verksamheter", permission: "org-units.write", body: orgUnitCreateSchema, response: orgUnitViewSchema, status: 201 }),
  get: defineRoute({ method: "GET", path: item, tag, summary: "Hämta verksamheter", permission: "org-units.read", params: idParams, response: orgUnitViewSchema }),
  update: defineRoute({ method: "PATCH", path: item, tag, summary: "Ändra verksamheter (skicka version)", permission: "org-units.write", params: idParams, body: orgUnitUpdateSchema, response: orgUnitViewSchema }),
  remove: defineRoute({ method: "DELETE", path: item, tag, summary: "Ta bort verksamheter", permission: "org-units.write", params: idParams, status: 204 }),
};
