import { withApi } from "@/lib/api/handler";
import { getUser } from "@/lib/users/queries";
import { userUpdateSchema } from "@/lib/users/schema";
import { removeUser, updateUser } from "@/lib/users/service";

export const GET = withApi({ handler: ({ principal, params }) => getUser(principal, params.id) });
export const PATCH = withApi({ permission: "users.manage", body: userUpdateSchema, handler: ({ principal, params, body }) => updateUser(principal, params.id, body) });
export const DELETE = withApi({ handler: ({ principal, params }) => removeUser(principal, params.id) });
