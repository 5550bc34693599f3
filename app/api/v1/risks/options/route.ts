import { withApi } from "@/lib/api/handler";
import { riskRoutes } from "@/lib/risks/openapi";
import { riskOptions } from "@/lib/risks/options";

export const GET = withApi({ ...riskRoutes.options, permission: "risks.read", handler: ({ principal, query }) => riskOptions(principal, query) });
