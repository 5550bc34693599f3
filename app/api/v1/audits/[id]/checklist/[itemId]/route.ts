import { withApi } from "@/lib/api/handler";
import { updateChecklistItem } from "@/lib/audits/checklist";
import { internalAuditRoutes } from "@/lib/audits/openapi";

export const PATCH = withApi({
  ...internalAuditRoutes.checklistUpdate,
  permission: "audits.write",
  handler: ({ principal, params, body }) => updateChecklistItem(principal, params.id, params.itemId, body),
});
