import { withApi } from "@/lib/api/handler";
import { competenceRoutes } from "@/lib/competence/openapi";
import { deleteSurvey, getSurvey, updateSurvey } from "@/lib/competence/surveys";

export const GET = withApi({ ...competenceRoutes.surveys.get, permission: "competence.read", handler: ({ principal, params }) => getSurvey(principal, params.id) });
export const PATCH = withApi({ ...competenceRoutes.surveys.update, permission: "competence.write", handler: ({ principal, params, body }) => updateSurvey(principal, params.id, body) });
export const DELETE = withApi({ ...competenceRoutes.surveys.remove, permission: "competence.write", handler: ({ principal, params }) => deleteSurvey(principal, params.id) });
