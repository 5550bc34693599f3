import { withApi } from "@/lib/api/handler";
import { contractRoutes } from "@/lib/contracts/openapi";
import { listContracts } from "@/lib/contracts/queries";
import { createContract } from "@/lib/contracts/service";

export const GET = withApi({ ...contractRoutes.list, permission: "suppliers.read", handler: ({ principal, query }) => listContracts(principal, query) });
export const POST = withApi({ ...contractRoutes.create, permission: "suppliers.write", handler: ({ principal, body }) => createContract(principal, body) });
