import { withApi } from "@/lib/api/handler";
import { maturityRoutes } from "@/lib/maturity/openapi";
import { compareAssessments } from "@/lib/maturity/results-queries";

export const GET = withApi({ ...maturityRoutes.compare, permission: "maturity.read", handler: ({ principal, query }) => compareAssessments(principal, query.from, query.to) });
