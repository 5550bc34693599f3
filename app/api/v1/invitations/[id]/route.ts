import { withApi } from "@/lib/api/handler";
import { invitationRoutes } from "@/lib/invitations/openapi";
import { revokeInvitation } from "@/lib/invitations/service";

export const DELETE = withApi({ ...invitationRoutes.revoke, permission: "users.manage", handler: ({ principal, params }) => revokeInvitation(principal, params.id) });
