import { withApi } from "@/lib/api/handler";
import { riskRoutes } from "@/lib/risks/openapi";
import { riskHistory } from "@/lib/risks/queries";

export const GET = withApi({ ...riskRoutes.history, permission: "risks.read", handler: ({ principal, params }) => riskHistory(principal, params.id) });
