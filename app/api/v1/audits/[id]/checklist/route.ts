import { withApi } from "@/lib/api/handler";
import { addChecklistItem } from "@/lib/audits/checklist";
import { internalAuditRoutes } from "@/lib/audits/openapi";
import { auditChecklist } from "@/lib/audits/queries";

export const GET = withApi({ ...internalAuditRoutes.checklist, permission: "audits.read", handler: async ({ principal, params }) => ({ items: await auditChecklist(principal, params.id) }) });
export const POST = withApi({ ...internalAuditRoutes.checklistAdd, permission: "audits.write", handler: ({ principal, params, body }) => addChecklistItem(principal, params.id, body) });
