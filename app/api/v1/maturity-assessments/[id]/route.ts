import { withApi } from "@/lib/api/handler";
import { getAssessment } from "@/lib/maturity/queries";
import { assessmentUpdateSchema } from "@/lib/maturity/schema";
import { deleteAssessment, updateAssessment } from "@/lib/maturity/service";

export const GET = withApi({ handler: ({ principal, params }) => getAssessment(principal, params.id) });
export const PATCH = withApi({ body: assessmentUpdateSchema, handler: ({ principal, params, body }) => updateAssessment(principal, params.id, body) });
export const DELETE = withApi({ handler: ({ principal, params }) => deleteAssessment(principal, params.id) });
