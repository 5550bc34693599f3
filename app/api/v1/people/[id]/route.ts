import { withApi } from "@/lib/api/handler";
import { competenceRoutes } from "@/lib/competence/openapi";
import { getPerson } from "@/lib/competence/queries";
import { deletePerson, updatePerson } from "@/lib/competence/service";

export const GET = withApi({ ...competenceRoutes.people.get, permission: "competence.read", handler: ({ principal, params }) => getPerson(principal, params.id) });
export const PATCH = withApi({ ...competenceRoutes.people.update, permission: "competence.write", handler: ({ principal, params, body }) => updatePerson(principal, params.id, body) });
export const DELETE = withApi({ ...competenceRoutes.people.remove, permission: "competence.write", handler: ({ principal, params }) => deletePerson(principal, params.id) });
