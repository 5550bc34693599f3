import { withApi } from "@/lib/api/handler";
import { competenceRoutes } from "@/lib/competence/openapi";
import { deleteRound } from "@/lib/competence/phishing";

export const DELETE = withApi({ ...competenceRoutes.trainings.removeRound, permission: "competence.write", handler: ({ principal, params }) => deleteRound(principal, params.id, params.roundId) });
