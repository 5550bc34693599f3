import { withApi } from "@/lib/api/handler";
import { maturityRoutes } from "@/lib/maturity/openapi";
import { maturityTrend } from "@/lib/maturity/results-queries";

export const GET = withApi({ ...maturityRoutes.trend, permission: "maturity.read", handler: ({ principal, query }) => maturityTrend(principal, query.status) });
