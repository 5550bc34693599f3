import { withApi } from "@/lib/api/handler";
import { generateChecklist } from "@/lib/audits/checklist";
import { internalAuditRoutes } from "@/lib/audits/openapi";

export const POST = withApi({
  ...internalAuditRoutes.checklistGenerate,
  permission: "audits.write",
  handler: async ({ principal, params }) => ({ items: await generateChecklist(principal, params.id) }),
});
