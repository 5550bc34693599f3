import { withApi } from "@/lib/api/handler";
import { objectiveRoutes } from "@/lib/objectives/openapi";
import { listObjectives } from "@/lib/objectives/queries";
import { createObjective } from "@/lib/objectives/service";

export const GET = withApi({ ...objectiveRoutes.list, permission: "management-reviews.read", handler: ({ principal, query }) => listObjectives(principal, query) });
export const POST = withApi({ ...objectiveRoutes.create, permission: "management-reviews.write", handler: ({ principal, body }) => createObjective(principal, body) });
