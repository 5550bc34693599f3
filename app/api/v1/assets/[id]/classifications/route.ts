import { withApi } from "@/lib/api/handler";
import { listClassifications } from "@/lib/assets/history";
import { assetRoutes } from "@/lib/assets/openapi";

export const GET = withApi({ ...assetRoutes.classifications, permission: "assets.read", handler: ({ principal, params }) => listClassifications(principal, params.id) });
