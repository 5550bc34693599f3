import { withApi } from "@/lib/api/handler";
import { exportAssets } from "@/lib/assets/export";
import { assetRoutes } from "@/lib/assets/openapi";

export const GET = withApi({ ...assetRoutes.export, permission: "assets.read", handler: ({ principal, query }) => exportAssets(principal, query) });
