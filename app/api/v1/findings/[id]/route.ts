import { withApi } from "@/lib/api/handler";
import { findingRoutes } from "@/lib/findings/openapi";
import { getFinding } from "@/lib/findings/queries";
import { updateFinding } from "@/lib/findings/service";

export const GET = withApi({ ...findingRoutes.get, permission: "audits.read", handler: ({ principal, params }) => getFinding(principal, params.id) });
export const PATCH = withApi({ ...findingRoutes.update, permission: "findings.respond", handler: ({ principal, params, body }) => updateFinding(principal, params.id, body) });
