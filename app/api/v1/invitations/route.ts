import { withApi } from "@/lib/api/handler";
import { invitationRoutes } from "@/lib/invitations/openapi";
import { listInvitations } from "@/lib/invitations/queries";

export const GET = withApi({ ...invitationRoutes.list, permission: "users.manage", handler: ({ principal, query }) => listInvitations(principal, query) });
