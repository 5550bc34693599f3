import { withApi } from "@/lib/api/handler";
import { competenceRoutes } from "@/lib/competence/openapi";
import { listOverdue } from "@/lib/competence/coverage";

export const GET = withApi({ ...competenceRoutes.people.overdue, permission: "competence.read", handler: ({ principal, query }) => listOverdue(principal, query) });
