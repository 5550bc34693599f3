import { withApi } from "@/lib/api/handler";
import { assetRoutes } from "@/lib/assets/openapi";
import { listAssets } from "@/lib/assets/queries";
import { createAsset } from "@/lib/assets/service";

export const GET = withApi({ ...assetRoutes.list, permission: "assets.read", handler: ({ principal, query }) => listAssets(principal, query) });
export const POST = withApi({ ...assetRoutes.create, permission: "assets.create", handler: ({ principal, body }) => createAsset(principal, body) });
