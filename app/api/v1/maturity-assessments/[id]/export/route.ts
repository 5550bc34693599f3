import { withApi } from "@/lib/api/handler";
import { exportAssessment } from "@/lib/maturity/export";
import { maturityRoutes } from "@/lib/maturity/openapi";

export const GET = withApi({ ...maturityRoutes.export, permission: "maturity.read", handler: ({ principal, params, query }) => exportAssessment(principal, params.id, query.format) });
