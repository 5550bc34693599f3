import { withApi } from "@/lib/api/handler";
import { exportSuppliers } from "@/lib/suppliers/export";
import { supplierRoutes } from "@/lib/suppliers/openapi";

export const GET = withApi({ ...supplierRoutes.export, permission: "suppliers.read", handler: ({ principal, query }) => exportSuppliers(principal, query) });
