import { withApi } from "@/lib/api/handler";
import { actionRoutes } from "@/lib/actions/openapi";
import { getAction } from "@/lib/actions/queries";
import { deleteAction, updateAction } from "@/lib/actions/service";

export const GET = withApi({ ...actionRoutes.get, permission: "actions.read", handler: ({ principal, params }) => getAction(principal, params.id) });
export const PATCH = withApi({ ...actionRoutes.update, permission: "actions.write", handler: ({ principal, params, body }) => updateAction(principal, params.id, body) });
export const DELETE = withApi({ ...actionRoutes.remove, permission: "actions.delete", handler: ({ principal, params }) => deleteAction(principal, params.id) });
