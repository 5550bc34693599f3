import { withApi } from "@/lib/api/handler";
import { tokenRoutes } from "@/lib/tokens/openapi";
import { createOwnToken, listOwnTokens } from "@/lib/tokens/service";

export const GET = withApi({ ...tokenRoutes.list, permission: "tokens.manage", handler: async ({ principal }) => ({ items: await listOwnTokens(principal) }) });
export const POST = withApi({ ...tokenRoutes.create, permission: "tokens.manage", handler: ({ principal, body }) => createOwnToken(principal, body) });
