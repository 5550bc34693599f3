import { withApi } from "@/lib/api/handler";
import { followUpRoutes } from "@/lib/suppliers/openapi";
import { createQuestionnaireLink, readQuestionnaireLink, revokeQuestionnaireLink } from "@/lib/suppliers/questionnaire";

export const GET = withApi({ ...followUpRoutes.questionnaireLink, permission: "suppliers.read", handler: ({ principal, params }) => readQuestionnaireLink(principal, params.id) });
export const POST = withApi({
  ...followUpRoutes.createQuestionnaireLink,
  permission: "suppliers.write",
  handler: ({ principal, params, body }) => createQuestionnaireLink(principal, params.id, body),
});
export const DELETE = withApi({ ...followUpRoutes.revokeQuestionnaireLink, permission: "suppliers.write", handler: ({ principal, params }) => revokeQuestionnaireLink(principal, params.id) });
