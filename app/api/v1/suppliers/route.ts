import { withApi } from "@/lib/api/handler";
import { supplierRoutes } from "@/lib/suppliers/openapi";
import { listSuppliers } from "@/lib/suppliers/queries";
import { createSupplier } from "@/lib/suppliers/service";

export const GET = withApi({ ...supplierRoutes.list, permission: "suppliers.read", handler: ({ principal, query }) => listSuppliers(principal, query) });
export const POST = withApi({ ...supplierRoutes.create, permission: "suppliers.write", handler: ({ principal, body }) => createSupplier(principal, body) });
