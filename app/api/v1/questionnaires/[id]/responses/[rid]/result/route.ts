import { withApi } from "@/lib/api/handler";
import { questionnaireRoutes } from "@/lib/questionnaires/openapi";
import { getResult } from "@/lib/questionnaires/queries";

export const GET = withApi({ ...questionnaireRoutes.result, permission: "questionnaires.read", handler: ({ principal, params }) => getResult(principal, params.id, params.rid) });
