import { withApi } from "@/lib/api/handler";
import { competenceRoutes } from "@/lib/competence/openapi";
import { personTrainings } from "@/lib/competence/person-trainings";

export const GET = withApi({ ...competenceRoutes.people.trainings, permission: "competence.read", handler: ({ principal, params }) => personTrainings(principal, params.id) });
