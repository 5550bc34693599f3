import { withApi } from "@/lib/api/handler";
import { questionnaireRoutes } from "@/lib/questionnaires/openapi";
import { getResponse } from "@/lib/questionnaires/queries";
import { updateResponse } from "@/lib/questionnaires/service";

export const GET = withApi({ ...questionnaireRoutes.getResponse, permission: "questionnaires.read", handler: ({ principal, params }) => getResponse(principal, params.id, params.rid) });
export const PATCH = withApi({ ...questionnaireRoutes.updateResponse, permission: "questionnaires.write", handler: ({ principal, params, body }) => updateResponse(principal, params.id, params.rid, body) });
