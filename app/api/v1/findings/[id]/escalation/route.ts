import { withApi } from "@/lib/api/handler";
import { escalateFinding } from "@/lib/findings/follow-up";
import { findingRoutes } from "@/lib/findings/openapi";

export const POST = withApi({ ...findingRoutes.escalate, permission: "audits.write", handler: ({ principal, params, body }) => escalateFinding(principal, params.id, body) });
