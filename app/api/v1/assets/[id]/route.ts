import { withApi } from "@/lib/api/handler";
import { getAsset } from "@/lib/assets/queries";
import { assetUpdateSchema } from "@/lib/assets/schema";
import { deleteAsset, updateAsset } from "@/lib/assets/service";

export const GET = withApi({ permission: "assets.read", handler: ({ principal, params }) => getAsset(principal, params.id) });
export const PATCH = withApi({ permission: "assets.write", body: assetUpdateSchema, handler: ({ principal, params, body }) => updateAsset(principal, params.id, body) });
export const DELETE = withApi({ permission: "assets.delete", handler: ({ principal, params }) => deleteAsset(principal, params.id) });
