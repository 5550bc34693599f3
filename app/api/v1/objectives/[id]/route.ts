import { withApi } from "@/lib/api/handler";
import { objectiveRoutes } from "@/lib/objectives/openapi";
import { getObjective } from "@/lib/objectives/queries";
import { deleteObjective, updateObjective } from "@/lib/objectives/service";

export const GET = withApi({ ...objectiveRoutes.get, permission: "management-reviews.read", handler: ({ principal, params }) => getObjective(principal, params.id) });
export const PATCH = withApi({ ...objectiveRoutes.update, permission: "management-reviews.write", handler: ({ principal, params, body }) => updateObjective(principal, params.id, body) });
export const DELETE = withApi({ ...objectiveRoutes.remove, permission: "management-reviews.write", handler: ({ principal, params }) => deleteObjective(principal, params.id) });
