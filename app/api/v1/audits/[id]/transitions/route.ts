import { withApi } from "@/lib/api/handler";
import { internalAuditRoutes } from "@/lib/audits/openapi";
import { transitionAudit } from "@/lib/audits/service";

export const POST = withApi({ ...internalAuditRoutes.transition, permission: "audits.write", handler: ({ principal, params, body }) => transitionAudit(principal, params.id, body) });
