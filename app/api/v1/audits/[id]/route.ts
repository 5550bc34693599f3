import { withApi } from "@/lib/api/handler";
import { internalAuditRoutes } from "@/lib/audits/openapi";
import { getAudit } from "@/lib/audits/queries";
import { updateAudit } from "@/lib/audits/service";

export const GET = withApi({ ...internalAuditRoutes.get, permission: "audits.read", handler: ({ principal, params }) => getAudit(principal, params.id) });
export const PATCH = withApi({ ...internalAuditRoutes.update, permission: "audits.write", handler: ({ principal, params, body }) => updateAudit(principal, params.id, body) });
