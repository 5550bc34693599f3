import { withApi } from "@/lib/api/handler";
import { internalAuditRoutes } from "@/lib/audits/openapi";
import { listAudits } from "@/lib/audits/queries";
import { createAudit } from "@/lib/audits/service";

export const GET = withApi({ ...internalAuditRoutes.list, permission: "audits.read", handler: ({ principal, query }) => listAudits(principal, query) });
export const POST = withApi({ ...internalAuditRoutes.create, permission: "audits.write", handler: ({ principal, body }) => createAudit(principal, body) });
