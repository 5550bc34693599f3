import { defineRoute } from "../api/route";
import { mailLogPageSchema, mailLogQuerySchema } from "./schema";

export const mailRoutes = {
  log: defineRoute({
    method: "GET",
    path: "/api/v1/mail-log",
    tag: "Plattform",
    summary: "Utskick: e-post som appen har skickat eller försökt skicka (status, försök, senaste fel)",
    permission: "mail-log.read",
    query: mailLogQuerySchema,
    response: mailLogPageSchema,
  }),
};
