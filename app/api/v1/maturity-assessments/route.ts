import { withApi } from "@/lib/api/handler";
import { listAssessments } from "@/lib/maturity/queries";
import { assessmentCreateSchema, assessmentListQuerySchema } from "@/lib/maturity/schema";
import { createAssessment } from "@/lib/maturity/service";

export const GET = withApi({ query: assessmentListQuerySchema, handler: ({ principal, query }) => listAssessments(principal, query) });
export const POST = withApi({ body: assessmentCreateSchema, status: 201, handler: ({ principal, body }) => createAssessment(principal, body) });
