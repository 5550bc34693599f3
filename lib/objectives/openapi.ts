import { defineRoute, idParams, pagedSchema } from "../api/route";
import { objectiveCreateSchema, objectiveListQuerySchema, objectiveUpdateSchema, objectiveViewSchema } from "./schema";

const tag = "Informationssäkerhetsmål";
const base = "/api/v1/objectives";

export const objectiveRoutes = {
  list: defineRoute({ method: "GET", path: base, tag, summary: "Lista informationssäkerhetsmål med indikatorns värde nu", permission: "management-reviews.read", query: objectiveListQuerySchema, response: pagedSchema(objectiveViewSchema) }),
  create: defineRoute({ method: "POST", path: base, tag, summary: "Sätt ett informationssäkerhetsmål", permission: "management-reviews.write", body: objectiveCreateSchema, response: objectiveViewSchema, status: 201 }),
  get: defineRoute({ method: "GET", path: `${base}/{id}`, tag, summary: "Hämta ett mål", permission: "management-reviews.read", params: idParams, response: objectiveViewSchema }),
  update: defineRoute({ method: "PATCH", path: `${base}/{id}`, tag, summary: "Ändra ett mål (skicka version)", permission: "management-reviews.write", params: idParams, body: objectiveUpdateSchema, response: objectiveViewSchema }),
  remove: defineRoute({ method: "DELETE", path: `${base}/{id}`, tag, summary: "Ta bort ett mål", permission: "management-reviews.write", params: idParams, status: 204 }),
};
