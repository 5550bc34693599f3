import { withApi } from "@/lib/api/handler";
import { exportContractRequirements } from "@/lib/contracts/export";
import { contractRoutes } from "@/lib/contracts/openapi";

export const GET = withApi({ ...contractRoutes.annex, permission: "suppliers.read", handler: ({ principal, params, query }) => exportContractRequirements(principal, params.id, query.format) });
