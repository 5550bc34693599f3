import { withApi } from "@/lib/api/handler";
import { changeOwnPassword } from "@/lib/me/account";
import { meRoutes } from "@/lib/me/openapi";

/** 204; every session of the account ends, this one too (sign in again with the new password). */
export const POST = withApi({ ...meRoutes.password, permission: "me.read", handler: ({ principal, body }) => changeOwnPassword(principal, body) });
