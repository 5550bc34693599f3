import { withApi } from "@/lib/api/handler";
import { exportAssets } from "@/lib/assets/export";
import { assetExportQuerySchema } from "@/lib/assets/schema";

export const GET = withApi({ permission: "assets.read", query: assetExportQuerySchema, handler: ({ principal, query }) => exportAssets(principal, query) });
