import { withPublicApi } from "@/lib/api/public";
import { registerFromInvitation } from "@/lib/invitations/accept";
import { invitationRoutes } from "@/lib/invitations/openapi";

/** Open without sign-in: the link's token is the permission; it creates an account only for an e-mail without one. */
export const POST = withPublicApi({ ...invitationRoutes.register, handler: registerFromInvitation });
