import { withApi } from "@/lib/api/handler";
import { maturityRoutes } from "@/lib/maturity/openapi";
import { listAssessments } from "@/lib/maturity/queries";
import { createAssessment } from "@/lib/maturity/service";

export const GET = withApi({ ...maturityRoutes.list, permission: "maturity.read", handler: ({ principal, query }) => listAssessments(principal, query) });
export const POST = withApi({ ...maturityRoutes.create, permission: "maturity.write", handler: ({ principal, body }) => createAssessment(principal, body) });
