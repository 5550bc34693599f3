import { defineRoute, pagedSchema } from "../api/route";
import { auditEventListQuerySchema, auditEventViewSchema } from "./schema";

export const auditRoutes = {
  list: defineRoute({
    method: "GET",
    path: "/api/v1/audit-events",
    tag: "Plattform",
    summary: "Ändringslogg",
    permission: "audit-events.read",
    query: auditEventListQuerySchema,
    response: pagedSchema(auditEventViewSchema),
  }),
};
