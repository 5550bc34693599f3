import { withApi } from "@/lib/api/handler";
import { competenceRoutes } from "@/lib/competence/openapi";
import { createSurvey, listSurveys } from "@/lib/competence/surveys";

export const GET = withApi({ ...competenceRoutes.surveys.list, permission: "competence.read", handler: ({ principal, query }) => listSurveys(principal, query) });
export const POST = withApi({ ...competenceRoutes.surveys.create, permission: "competence.write", handler: ({ principal, body }) => createSurvey(principal, body) });
