import { withApi } from "@/lib/api/handler";
import { competenceRoutes } from "@/lib/competence/openapi";
import { listTrainings } from "@/lib/competence/queries";
import { createTraining } from "@/lib/competence/service";

export const GET = withApi({ ...competenceRoutes.trainings.list, permission: "competence.read", handler: ({ principal, query }) => listTrainings(principal, query) });
export const POST = withApi({ ...competenceRoutes.trainings.create, permission: "competence.write", handler: ({ principal, body }) => createTraining(principal, body) });
