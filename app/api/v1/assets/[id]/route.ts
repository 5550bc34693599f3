import { withApi } from "@/lib/api/handler";
import { getAsset } from "@/lib/assets/queries";
import { assetUpdateSchema } from "@/lib/assets/schema";
import { deleteAsset, updateAsset } from "@/lib/assets/service";

export const GET = withApi({ handler: ({ principal, params }) => getAsset(principal, params.id) });
export const PATCH = withApi({ body: assetUpdateSchema, handler: ({ principal, params, body }) => updateAsset(principal, params.id, body) });
export const DELETE = withApi({ handler: ({ principal, params }) => deleteAsset(principal, params.id) });
