import { withApi } from "@/lib/api/handler";
import { exportResponseAnswers } from "@/lib/questionnaires/export";
import { questionnaireRoutes } from "@/lib/questionnaires/openapi";

export const GET = withApi({ ...questionnaireRoutes.exportResponse, permission: "questionnaires.read", handler: ({ principal, params, query }) => exportResponseAnswers(principal, params.id, params.rid, query.format) });
