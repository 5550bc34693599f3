import { withApi } from "@/lib/api/handler";
import { competenceRoutes } from "@/lib/competence/openapi";
import { importPeople } from "@/lib/competence/people-import";

export const POST = withApi({ ...competenceRoutes.people.import, permission: "competence.write", handler: ({ principal, request, query }) => importPeople(principal, request, query.mode) });
