import { recordOptionSchema } from "../api/options";
import { defineRoute, idParams, itemsSchema, pagedSchema } from "../api/route";
import { createdInvitationViewSchema } from "../invitations/schema";
import { z } from "../validation/zod";
import { userOptionsQuerySchema } from "./duties";
import { userCreateSchema, userListQuerySchema, userUpdateSchema, userViewSchema } from "./schema";

const tag = "Organisation";
const base = "/api/v1/users";
const item = `${base}/{id}` as const;

export const userRoutes = {
  list: defineRoute({ method: "GET", path: base, tag, summary: "Lista användare", permission: "users.read", query: userListQuerySchema, response: pagedSchema(userViewSchema) }),
  create: defineRoute({
    method: "POST",
    path: base,
    tag,
    summary: "Bjud in en användare (201 med en inbjudan, samma svar för varje e-post); med ISMS_DIRECT_MEMBERSHIP=true blir personen medlem direkt",
    permission: "users.manage",
    body: userCreateSchema,
    response: z.union([createdInvitationViewSchema, userViewSchema]),
    status: 201,
  }),
  options: defineRoute({
    method: "GET",
    path: `${base}/options`,
    tag,
    summary: "Användare för väljare (ägare, handläggare): bara namn, som matchar q (högst take, 20); duty ger bara dem vars roll kan bära uppgiften",
    permission: "users.names",
    query: userOptionsQuerySchema,
    response: itemsSchema(recordOptionSchema),
  }),
  get: defineRoute({ method: "GET", path: item, tag, summary: "Hämta användare", permission: "users.read", params: idParams, response: userViewSchema }),
  update: defineRoute({ method: "PATCH", path: item, tag, summary: "Ändra användarens roll (skicka version)", permission: "users.manage", params: idParams, body: userUpdateSchema, response: userViewSchema }),
  remove: defineRoute({ method: "DELETE", path: item, tag, summary: "Ta bort användaren ur organisationen", permission: "users.manage", params: idParams, status: 204 }),
};
