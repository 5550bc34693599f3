import { withApi } from "@/lib/api/handler";
import { acceptInvitation } from "@/lib/invitations/accept";
import { invitationRoutes } from "@/lib/invitations/openapi";

/** The signed-in account accepts an invitation made out to its e-mail. */
export const POST = withApi({ ...invitationRoutes.accept, permission: "me.read", handler: ({ principal, body }) => acceptInvitation(principal, body) });
