import { withApi } from "@/lib/api/handler";
import { auditEventListQuerySchema, listAuditEvents } from "@/lib/audit/queries";

export const GET = withApi({ query: auditEventListQuerySchema, handler: ({ principal, query }) => listAuditEvents(principal, query) });
