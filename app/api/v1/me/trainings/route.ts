import { withApi } from "@/lib/api/handler";
import { competenceRoutes } from "@/lib/competence/openapi";
import { myTrainings } from "@/lib/competence/person-trainings";

export const GET = withApi({ ...competenceRoutes.me, permission: "me.read", handler: ({ principal }) => myTrainings(principal) });
