import { withApi } from "@/lib/api/handler";
import { questionnaireRoutes } from "@/lib/questionnaires/openapi";
import { getQuestionSet } from "@/lib/questionnaires/queries";

export const GET = withApi({ ...questionnaireRoutes.get, permission: "questionnaires.read", handler: ({ principal, params }) => getQuestionSet(principal, params.id) });
