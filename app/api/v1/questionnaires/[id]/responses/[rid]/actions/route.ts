import { withApi } from "@/lib/api/handler";
import { questionnaireRoutes } from "@/lib/questionnaires/openapi";
import { questionToAction } from "@/lib/questionnaires/action";

export const POST = withApi({ ...questionnaireRoutes.action, permission: "questionnaires.write", handler: ({ principal, params, body }) => questionToAction(principal, params.id, params.rid, body) });
