import { withApi } from "@/lib/api/handler";
import { listUsers } from "@/lib/users/queries";
import { userCreateSchema, userListQuerySchema } from "@/lib/users/schema";
import { createUser } from "@/lib/users/service";

export const GET = withApi({ query: userListQuerySchema, handler: ({ principal, query }) => listUsers(principal, query) });
export const POST = withApi({ permission: "users.manage", body: userCreateSchema, status: 201, handler: ({ principal, body }) => createUser(principal, body) });
