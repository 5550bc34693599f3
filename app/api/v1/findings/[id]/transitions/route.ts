import { withApi } from "@/lib/api/handler";
import { findingRoutes } from "@/lib/findings/openapi";
import { transitionFinding } from "@/lib/findings/service";

export const POST = withApi({ ...findingRoutes.transition, permission: "findings.respond", handler: ({ principal, params, body }) => transitionFinding(principal, params.id, body) });
