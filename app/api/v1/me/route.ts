import { withApi } from "@/lib/api/handler";
import { updateOwnAccount } from "@/lib/me/account";
import { meRoutes } from "@/lib/me/openapi";
import { me } from "@/lib/me/service";

export const GET = withApi({ ...meRoutes.get, handler: ({ principal }) => me(principal) });
/** The person's own name (an organisation's admin cannot change it). */
export const PATCH = withApi({ ...meRoutes.update, handler: ({ principal, body }) => updateOwnAccount(principal, body) });
