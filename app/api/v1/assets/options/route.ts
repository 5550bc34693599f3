import { withApi } from "@/lib/api/handler";
import { assetRoutes } from "@/lib/assets/openapi";
import { assetOptions } from "@/lib/assets/options";

export const GET = withApi({ ...assetRoutes.options, permission: "assets.names", handler: ({ principal, query }) => assetOptions(principal, query) });
