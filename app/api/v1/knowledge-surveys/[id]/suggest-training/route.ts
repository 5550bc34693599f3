import { withApi } from "@/lib/api/handler";
import { competenceRoutes } from "@/lib/competence/openapi";
import { suggestTraining } from "@/lib/competence/surveys";

export const POST = withApi({ ...competenceRoutes.surveys.suggest, permission: "competence.write", handler: ({ principal, params, body }) => suggestTraining(principal, params.id, body) });
