import { withApi } from "@/lib/api/handler";
import { importSuppliersFromRequest } from "@/lib/suppliers/import";
import { supplierRoutes } from "@/lib/suppliers/openapi";

export const POST = withApi({ ...supplierRoutes.import, permission: "suppliers.write", handler: ({ principal, request }) => importSuppliersFromRequest(principal, request) });
