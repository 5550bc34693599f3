import { withApi } from "@/lib/api/handler";
import { userRoutes } from "@/lib/users/openapi";
import { getUser } from "@/lib/users/queries";
import { removeUser, updateUser } from "@/lib/users/service";

export const GET = withApi({ ...userRoutes.get, permission: "users.read", handler: ({ principal, params }) => getUser(principal, params.id) });
export const PATCH = withApi({ ...userRoutes.update, permission: "users.manage", handler: ({ principal, params, body }) => updateUser(principal, params.id, body) });
export const DELETE = withApi({ ...userRoutes.remove, permission: "users.manage", handler: ({ principal, params }) => removeUser(principal, params.id) });
