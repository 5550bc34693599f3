import { withApi } from "@/lib/api/handler";
import { setAssetRequirementStatus } from "@/lib/assets/asset-requirements";
import { requirementStatusSchema } from "@/lib/assets/requirements-schema";

export const PUT = withApi({
  permission: "assets.write",
  body: requirementStatusSchema,
  handler: ({ principal, params, body }) => setAssetRequirementStatus(principal, params.id, params.requirementId, body),
});
