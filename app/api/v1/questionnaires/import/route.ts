import { withApi } from "@/lib/api/handler";
import { importQuestionSet } from "@/lib/questionnaires/import";
import { questionnaireRoutes } from "@/lib/questionnaires/openapi";

export const POST = withApi({ ...questionnaireRoutes.import, permission: "questionnaires.write", handler: ({ principal, request }) => importQuestionSet(principal, request) });
