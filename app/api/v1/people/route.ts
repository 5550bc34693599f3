import { withApi } from "@/lib/api/handler";
import { competenceRoutes } from "@/lib/competence/openapi";
import { listPeople } from "@/lib/competence/queries";
import { createPerson } from "@/lib/competence/service";

export const GET = withApi({ ...competenceRoutes.people.list, permission: "competence.read", handler: ({ principal, query }) => listPeople(principal, query) });
export const POST = withApi({ ...competenceRoutes.people.create, permission: "competence.write", handler: ({ principal, body }) => createPerson(principal, body) });
