import { withApi } from "@/lib/api/handler";
import { appBaseUrl } from "@/lib/invitations/views";
import { userRoutes } from "@/lib/users/openapi";
import { listUsers } from "@/lib/users/queries";
import { addUser } from "@/lib/users/service";

export const GET = withApi({ ...userRoutes.list, permission: "users.read", handler: ({ principal, query }) => listUsers(principal, query) });
/** An invitation (201, the same shape for any e-mail); with ISMS_DIRECT_MEMBERSHIP=true the member at once. */
export const POST = withApi({ ...userRoutes.create, permission: "users.manage", handler: ({ principal, body, request }) => addUser(principal, body, appBaseUrl(request)) });
