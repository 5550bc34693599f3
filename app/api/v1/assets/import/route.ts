import { withApi } from "@/lib/api/handler";
import { importFromRequest } from "@/lib/assets/import";
import { assetRoutes } from "@/lib/assets/openapi";

export const POST = withApi({ ...assetRoutes.import, handler: ({ principal, request }) => importFromRequest(principal, request) });
