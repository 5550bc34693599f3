import { withApi } from "@/lib/api/handler";
import { verifyFinding } from "@/lib/findings/follow-up";
import { findingRoutes } from "@/lib/findings/openapi";

export const POST = withApi({ ...findingRoutes.verify, permission: "audits.write", handler: ({ principal, params, body }) => verifyFinding(principal, params.id, body) });
