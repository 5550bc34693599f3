import { withApi } from "@/lib/api/handler";
import { supplierRoutes } from "@/lib/suppliers/openapi";
import { getSupplier } from "@/lib/suppliers/queries";
import { deleteSupplier, updateSupplier } from "@/lib/suppliers/service";

export const GET = withApi({ ...supplierRoutes.get, permission: "suppliers.read", handler: ({ principal, params }) => getSupplier(principal, params.id) });
export const PATCH = withApi({ ...supplierRoutes.update, permission: "suppliers.write", handler: ({ principal, params, body }) => updateSupplier(principal, params.id, body) });
export const DELETE = withApi({ ...supplierRoutes.remove, permission: "suppliers.write", handler: ({ principal, params }) => deleteSupplier(principal, params.id) });
