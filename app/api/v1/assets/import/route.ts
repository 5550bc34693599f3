import { withApi } from "@/lib/api/handler";
import { importFromRequest } from "@/lib/assets/import";
import { assetRoutes } from "@/lib/assets/openapi";

export const POST = withApi({ ...assetRoutes.import, permission: "assets.create", handler: ({ principal, request }) => importFromRequest(principal, request) });
