import { withApi } from "@/lib/api/handler";
import { assetRoutes } from "@/lib/assets/openapi";
import { getAsset } from "@/lib/assets/queries";
import { deleteAsset, updateAsset } from "@/lib/assets/service";

export const GET = withApi({ ...assetRoutes.get, permission: "assets.read", handler: ({ principal, params }) => getAsset(principal, params.id) });
export const PATCH = withApi({ ...assetRoutes.update, permission: "assets.write", handler: ({ principal, params, body }) => updateAsset(principal, params.id, body) });
export const DELETE = withApi({ ...assetRoutes.remove, permission: "assets.delete", handler: ({ principal, params }) => deleteAsset(principal, params.id) });
