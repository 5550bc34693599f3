import { withApi } from "@/lib/api/handler";
import { contractRoutes } from "@/lib/contracts/openapi";
import { getContract } from "@/lib/contracts/queries";
import { deleteContract, updateContract } from "@/lib/contracts/service";

export const GET = withApi({ ...contractRoutes.get, permission: "suppliers.read", handler: ({ principal, params }) => getContract(principal, params.id) });
export const PATCH = withApi({ ...contractRoutes.update, permission: "suppliers.write", handler: ({ principal, params, body }) => updateContract(principal, params.id, body) });
export const DELETE = withApi({ ...contractRoutes.remove, permission: "suppliers.write", handler: ({ principal, params }) => deleteContract(principal, params.id) });
