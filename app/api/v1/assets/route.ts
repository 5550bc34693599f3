import { withApi } from "@/lib/api/handler";
import { listAssets } from "@/lib/assets/queries";
import { assetCreateSchema, assetListQuerySchema } from "@/lib/assets/schema";
import { createAsset } from "@/lib/assets/service";

export const GET = withApi({ permission: "assets.read", query: assetListQuerySchema, handler: ({ principal, query }) => listAssets(principal, query) });
export const POST = withApi({ permission: "assets.create", body: assetCreateSchema, status: 201, handler: ({ principal, body }) => createAsset(principal, body) });
