import { withApi } from "@/lib/api/handler";
import { importContractsFromRequest } from "@/lib/contracts/import";
import { contractRoutes } from "@/lib/contracts/openapi";

export const POST = withApi({ ...contractRoutes.import, permission: "suppliers.write", handler: ({ principal, request }) => importContractsFromRequest(principal, request) });
