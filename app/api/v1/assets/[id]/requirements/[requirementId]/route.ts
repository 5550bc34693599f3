import { withApi } from "@/lib/api/handler";
import { setAssetRequirementStatus } from "@/lib/assets/asset-requirements";
import { assetRoutes } from "@/lib/assets/openapi";

export const PUT = withApi({
  ...assetRoutes.requirementStatus,
  permission: "assets.write",
  handler: ({ principal, params, body }) => setAssetRequirementStatus(principal, params.id, params.requirementId, body),
});
