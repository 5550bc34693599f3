import { withApi } from "@/lib/api/handler";
import { actionRoutes } from "@/lib/actions/openapi";
import { listActions } from "@/lib/actions/queries";
import { createAction } from "@/lib/actions/service";

export const GET = withApi({ ...actionRoutes.list, permission: "actions.read", handler: ({ principal, query }) => listActions(principal, query) });
export const POST = withApi({ ...actionRoutes.create, permission: "actions.create", handler: ({ principal, body }) => createAction(principal, body) });
