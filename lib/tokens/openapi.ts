import { defineRoute, idParams, itemsSchema } from "../api/route";
import { createdTokenViewSchema, tokenCreateSchema, tokenViewSchema } from "./schema";

const tag = "Plattform";

export const tokenRoutes = {
  list: defineRoute({ method: "GET", path: "/api/v1/tokens", tag, summary: "Mina API-nycklar", permission: "tokens.manage", response: itemsSchema(tokenViewSchema) }),
  create: defineRoute({
    method: "POST",
    path: "/api/v1/tokens",
    tag,
    summary: "Skapa API-nyckel (visas en gång)",
    permission: "tokens.manage",
    body: tokenCreateSchema,
    response: createdTokenViewSchema,
    status: 201,
  }),
  revoke: defineRoute({ method: "DELETE", path: "/api/v1/tokens/{id}", tag, summary: "Återkalla API-nyckel", permission: "tokens.manage", params: idParams, status: 204 }),
};
