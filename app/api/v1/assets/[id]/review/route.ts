import { withApi } from "@/lib/api/handler";
import { assetRoutes } from "@/lib/assets/openapi";
import { reviewAsset } from "@/lib/assets/service";

export const POST = withApi({ ...assetRoutes.review, permission: "assets.write", handler: ({ principal, params, body }) => reviewAsset(principal, params.id, body.version) });
