import { withApi } from "@/lib/api/handler";
import { competenceRoutes } from "@/lib/competence/openapi";
import { registerSession } from "@/lib/competence/service";

export const POST = withApi({ ...competenceRoutes.records.session, permission: "competence.write", handler: ({ principal, body }) => registerSession(principal, body) });
