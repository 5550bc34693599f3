import { withApi } from "@/lib/api/handler";
import { internalAuditRoutes } from "@/lib/audits/openapi";
import { reportPdfResponse } from "@/lib/audits/pdf";

export const GET = withApi({ ...internalAuditRoutes.reportPdf, permission: "audits.read", handler: ({ principal, params }) => reportPdfResponse(principal, params.id) });
