import { withApi } from "@/lib/api/handler";
import { exportQuestionSet } from "@/lib/questionnaires/export";
import { questionnaireRoutes } from "@/lib/questionnaires/openapi";

export const GET = withApi({ ...questionnaireRoutes.export, permission: "questionnaires.read", handler: ({ principal, params, query }) => exportQuestionSet(principal, params.id, query.format) });
