import { withApi } from "@/lib/api/handler";
import { exportContracts } from "@/lib/contracts/export";
import { contractRoutes } from "@/lib/contracts/openapi";

export const GET = withApi({ ...contractRoutes.export, permission: "suppliers.read", handler: ({ principal, query }) => exportContracts(principal, query) });
