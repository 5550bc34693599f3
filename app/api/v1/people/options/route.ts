import { withApi } from "@/lib/api/handler";
import { competenceRoutes } from "@/lib/competence/openapi";
import { personOptions } from "@/lib/competence/queries";

export const GET = withApi({ ...competenceRoutes.people.options, permission: "competence.read", handler: ({ principal, query }) => personOptions(principal, query) });
