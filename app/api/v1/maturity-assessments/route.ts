import { withApi } from "@/lib/api/handler";
import { maturityRoutes } from "@/lib/maturity/openapi";
import { listAssessments } from "@/lib/maturity/queries";
import { createAssessment } from "@/lib/maturity/service";

export const GET = withApi({ ...maturityRoutes.list, handler: ({ principal, query }) => listAssessments(principal, query) });
export const POST = withApi({ ...maturityRoutes.create, handler: ({ principal, body }) => createAssessment(principal, body) });
