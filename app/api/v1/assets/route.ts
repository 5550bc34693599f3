import { withApi } from "@/lib/api/handler";
import { listAssets } from "@/lib/assets/queries";
import { assetCreateSchema, assetListQuerySchema } from "@/lib/assets/schema";
import { createAsset } from "@/lib/assets/service";

export const GET = withApi({ query: assetListQuerySchema, handler: ({ principal, query }) => listAssets(principal, query) });
export const POST = withApi({ body: assetCreateSchema, status: 201, handler: ({ principal, body }) => createAsset(principal, body) });
