import { withApi } from "@/lib/api/handler";
import { internalAuditRoutes } from "@/lib/audits/openapi";
import { auditReports } from "@/lib/audits/queries";
import { issueReport } from "@/lib/audits/report";

export const GET = withApi({ ...internalAuditRoutes.reports, permission: "audits.read", handler: async ({ principal, params }) => ({ items: await auditReports(principal, params.id) }) });
export const POST = withApi({ ...internalAuditRoutes.issueReport, permission: "audits.write", handler: ({ principal, params, body }) => issueReport(principal, params.id, body) });
