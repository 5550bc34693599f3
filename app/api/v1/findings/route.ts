import { withApi } from "@/lib/api/handler";
import { findingRoutes } from "@/lib/findings/openapi";
import { listFindings } from "@/lib/findings/queries";
import { createFinding } from "@/lib/findings/service";

export const GET = withApi({ ...findingRoutes.list, permission: "audits.read", handler: ({ principal, query }) => listFindings(principal, query) });
export const POST = withApi({ ...findingRoutes.create, permission: "audits.write", handler: ({ principal, body }) => createFinding(principal, body) });
