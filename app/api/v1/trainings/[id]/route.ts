import { withApi } from "@/lib/api/handler";
import { competenceRoutes } from "@/lib/competence/openapi";
import { getTraining } from "@/lib/competence/queries";
import { deleteTraining, updateTraining } from "@/lib/competence/service";

export const GET = withApi({ ...competenceRoutes.trainings.get, permission: "competence.read", handler: ({ principal, params }) => getTraining(principal, params.id) });
export const PATCH = withApi({ ...competenceRoutes.trainings.update, permission: "competence.write", handler: ({ principal, params, body }) => updateTraining(principal, params.id, body) });
export const DELETE = withApi({ ...competenceRoutes.trainings.remove, permission: "competence.write", handler: ({ principal, params }) => deleteTraining(principal, params.id) });
