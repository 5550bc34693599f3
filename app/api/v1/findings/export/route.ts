import { withApi } from "@/lib/api/handler";
import { exportFindings } from "@/lib/findings/export";
import { findingRoutes } from "@/lib/findings/openapi";

export const GET = withApi({ ...findingRoutes.export, permission: "audits.read", handler: ({ principal, query }) => exportFindings(principal, query) });
