import { withApi } from "@/lib/api/handler";
import { assetReviewSchema } from "@/lib/assets/schema";
import { reviewAsset } from "@/lib/assets/service";

export const POST = withApi({ permission: "assets.write", body: assetReviewSchema, handler: ({ principal, params, body }) => reviewAsset(principal, params.id, body.version) });
