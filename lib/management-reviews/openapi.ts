import { defineRoute, idParams, pagedSchema } from "../api/route";
import { decisionCreateSchema, decisionViewSchema, reviewCreateSchema, reviewListQuerySchema, reviewUpdateSchema, reviewViewSchema } from "./schema";

const tag = "Ledningens genomgång";
const base = "/api/v1/management-reviews";
const item = `${base}/{id}` as const;

export const managementReviewRoutes = {
  list: defineRoute({ method: "GET", path: base, tag, summary: "Lista ledningens genomgångar", permission: "management-reviews.read", query: reviewListQuerySchema, response: pagedSchema(reviewViewSchema) }),
  create: defineRoute({ method: "POST", path: base, tag, summary: "Skapa en genomgång för en period", permission: "management-reviews.write", body: reviewCreateSchema, response: reviewViewSchema, status: 201 }),
  get: defineRoute({
    method: "GET",
    path: item,
    tag,
    summary: "Hämta genomgången med avsnitt a–g (sammanställda nu medan utkast, frysta när den genomförts)",
    permission: "management-reviews.read",
    params: idParams,
    response: reviewViewSchema,
  }),
  update: defineRoute({
    method: "PATCH",
    path: item,
    tag,
    summary: "Ändra genomgången (skicka version); status held fryser avsnitten, signOff avslutar den",
    permission: "management-reviews.write",
    params: idParams,
    body: reviewUpdateSchema,
    response: reviewViewSchema,
  }),
  addDecision: defineRoute({
    method: "POST",
    path: `${item}/decisions`,
    tag,
    summary: "Registrera ett beslut, med en åtgärd (ansvarig, förfallodag) om så anges",
    permission: "management-reviews.write",
    params: idParams,
    body: decisionCreateSchema,
    response: decisionViewSchema,
    status: 201,
  }),
  pdf: defineRoute({ method: "GET", path: `${item}/pdf`, tag, summary: "Genomgången som PDF att skicka till nämnd eller styrelse", permission: "management-reviews.read", params: idParams, file: true }),
};
