import { withApi } from "@/lib/api/handler";
import { maturityRoutes } from "@/lib/maturity/openapi";
import { assessmentResults } from "@/lib/maturity/results-queries";

export const GET = withApi({ ...maturityRoutes.results, permission: "maturity.read", handler: ({ principal, params }) => assessmentResults(principal, params.id) });
