import { withApi } from "@/lib/api/handler";
import { questionnaireRoutes } from "@/lib/questionnaires/openapi";
import { listResponses } from "@/lib/questionnaires/queries";
import { createResponse } from "@/lib/questionnaires/service";

export const GET = withApi({ ...questionnaireRoutes.listResponses, permission: "questionnaires.read", handler: ({ principal, params, query }) => listResponses(principal, params.id, query) });
export const POST = withApi({ ...questionnaireRoutes.createResponse, permission: "questionnaires.write", handler: ({ principal, params, body }) => createResponse(principal, params.id, body) });
