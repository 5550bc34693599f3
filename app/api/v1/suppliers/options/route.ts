import { withApi } from "@/lib/api/handler";
import { supplierRoutes } from "@/lib/suppliers/openapi";
import { supplierOptions } from "@/lib/suppliers/queries";

export const GET = withApi({ ...supplierRoutes.options, permission: "suppliers.read", handler: ({ principal, query }) => supplierOptions(principal, query.q, query.take) });
