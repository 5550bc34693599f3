import { withApi } from "@/lib/api/handler";
import { findingRoutes } from "@/lib/findings/openapi";
import { addFindingAction } from "@/lib/findings/service";

export const POST = withApi({ ...findingRoutes.addAction, permission: "findings.respond", handler: ({ principal, params, body }) => addFindingAction(principal, params.id, body) });
