import { defineRoute, idParams, pagedSchema } from "../api/route";
import { actionCreateSchema, actionListQuerySchema, actionUpdateSchema, actionViewSchema } from "./schema";

const tag = "Åtgärder";
const base = "/api/v1/actions";
const item = `${base}/{id}` as const;

export const actionRoutes = {
  list: defineRoute({ method: "GET", path: base, tag, summary: "Lista åtgärder", permission: "actions.read", query: actionListQuerySchema, response: pagedSchema(actionViewSchema) }),
  create: defineRoute({ method: "POST", path: base, tag, summary: "Skapa åtgärder", permission: "actions.create", body: actionCreateSchema, response: actionViewSchema, status: 201 }),
  get: defineRoute({ method: "GET", path: item, tag, summary: "Hämta åtgärder", permission: "actions.read", params: idParams, response: actionViewSchema }),
  update: defineRoute({ method: "PATCH", path: item, tag, summary: "Ändra åtgärder (skicka version)", permission: "actions.write", params: idParams, body: actionUpdateSchema, response: actionViewSchema }),
  remove: defineRoute({ method: "DELETE", path: item, tag, summary: "Ta bort åtgärder", permission: "actions.delete", params: idParams, status: 204 }),
};
