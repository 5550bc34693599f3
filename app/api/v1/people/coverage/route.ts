import { withApi } from "@/lib/api/handler";
import { competenceRoutes } from "@/lib/competence/openapi";
import { getCoverage } from "@/lib/competence/coverage";

export const GET = withApi({ ...competenceRoutes.people.coverage, permission: "competence.read", handler: ({ principal }) => getCoverage(principal) });
