import { withApi } from "@/lib/api/handler";
import { tokenRoutes } from "@/lib/tokens/openapi";
import { revokeOwnToken } from "@/lib/tokens/service";

export const DELETE = withApi({ ...tokenRoutes.revoke, permission: "tokens.manage", handler: ({ principal, params }) => revokeOwnToken(principal, params.id) });
