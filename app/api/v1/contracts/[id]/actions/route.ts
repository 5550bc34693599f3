import { withApi } from "@/lib/api/handler";
import { contractRoutes } from "@/lib/contracts/openapi";
import { createGapAction } from "@/lib/contracts/service";

export const POST = withApi({ ...contractRoutes.gapAction, permission: "suppliers.write", handler: ({ principal, params, body }) => createGapAction(principal, params.id, body) });
