import { withApi } from "@/lib/api/handler";
import { tokenCreateSchema } from "@/lib/tokens/schema";
import { createOwnToken, listOwnTokens } from "@/lib/tokens/service";

export const GET = withApi({ handler: async ({ principal }) => ({ items: await listOwnTokens(principal) }) });
export const POST = withApi({ body: tokenCreateSchema, status: 201, handler: ({ principal, body }) => createOwnToken(principal, body) });
