import { withApi } from "@/lib/api/handler";
import { updateOwnAccount } from "@/lib/me/account";
import { meRoutes } from "@/lib/me/openapi";
import { me } from "@/lib/me/service";

export const GET = withApi({ ...meRoutes.get, permission: "me.read", handler: ({ principal }) => me(principal) });
/** The person's own name (an organisation's admin cannot change it). */
export const PATCH = withApi({ ...meRoutes.update, permission: "me.read", handler: ({ principal, body }) => updateOwnAccount(principal, body) });
