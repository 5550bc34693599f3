import { withApi } from "@/lib/api/handler";
import { copyChecklist } from "@/lib/audits/checklist";
import { internalAuditRoutes } from "@/lib/audits/openapi";

export const POST = withApi({
  ...internalAuditRoutes.checklistCopy,
  permission: "audits.write",
  handler: async ({ principal, params, body }) => ({ items: await copyChecklist(principal, params.id, body.fromAuditId) }),
});
