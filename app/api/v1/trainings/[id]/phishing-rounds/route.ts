import { withApi } from "@/lib/api/handler";
import { competenceRoutes } from "@/lib/competence/openapi";
import { createRound, listRounds } from "@/lib/competence/phishing";

export const GET = withApi({ ...competenceRoutes.trainings.rounds, permission: "competence.read", handler: ({ principal, params }) => listRounds(principal, params.id) });
export const POST = withApi({ ...competenceRoutes.trainings.addRound, permission: "competence.write", handler: ({ principal, params, body }) => createRound(principal, params.id, body) });
