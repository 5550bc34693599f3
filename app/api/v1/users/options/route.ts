import { withApi } from "@/lib/api/handler";
import { userRoutes } from "@/lib/users/openapi";
import { userNameOptions } from "@/lib/users/options";

export const GET = withApi({ ...userRoutes.options, permission: "users.names", handler: ({ principal, query }) => userNameOptions(principal, query) });
