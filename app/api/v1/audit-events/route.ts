import { withApi } from "@/lib/api/handler";
import { auditRoutes } from "@/lib/audit/openapi";
import { listAuditEvents } from "@/lib/audit/queries";

export const GET = withApi({ ...auditRoutes.list, permission: "audit-events.read", handler: ({ principal, query }) => listAuditEvents(principal, query) });
