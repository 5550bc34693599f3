import { withApi } from "@/lib/api/handler";
import { questionnaireRoutes } from "@/lib/questionnaires/openapi";
import { resultPdfResponse } from "@/lib/questionnaires/pdf";

export const GET = withApi({ ...questionnaireRoutes.resultPdf, permission: "questionnaires.read", handler: ({ principal, params }) => resultPdfResponse(principal, params.id, params.rid) });
