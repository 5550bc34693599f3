import { withApi } from "@/lib/api/handler";
import { exportRisks } from "@/lib/risks/export";
import { riskRoutes } from "@/lib/risks/openapi";

export const GET = withApi({ ...riskRoutes.export, permission: "risks.read", handler: ({ principal, query }) => exportRisks(principal, query) });
