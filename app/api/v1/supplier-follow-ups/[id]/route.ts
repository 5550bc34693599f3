import { withApi } from "@/lib/api/handler";
import { followUpRoutes } from "@/lib/suppliers/openapi";
import { deleteFollowUp, updateFollowUp } from "@/lib/suppliers/follow-up-service";
import { getFollowUp } from "@/lib/suppliers/follow-ups";

export const GET = withApi({ ...followUpRoutes.get, permission: "suppliers.read", handler: ({ principal, params }) => getFollowUp(principal, params.id) });
export const PATCH = withApi({ ...followUpRoutes.update, permission: "suppliers.write", handler: ({ principal, params, body }) => updateFollowUp(principal, params.id, body) });
export const DELETE = withApi({ ...followUpRoutes.remove, permission: "suppliers.write", handler: ({ principal, params }) => deleteFollowUp(principal, params.id) });
