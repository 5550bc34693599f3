import { withApi } from "@/lib/api/handler";
import { questionnaireRoutes } from "@/lib/questionnaires/openapi";
import { submitResponse } from "@/lib/questionnaires/service";

export const POST = withApi({ ...questionnaireRoutes.submit, permission: "questionnaires.write", handler: ({ principal, params, body }) => submitResponse(principal, params.id, params.rid, body.version) });
