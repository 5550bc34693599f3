import { withApi } from "@/lib/api/handler";
import { listAssetRequirements, setAssetRequirementStatuses } from "@/lib/assets/asset-requirements";
import { assetRoutes } from "@/lib/assets/openapi";

export const GET = withApi({ ...assetRoutes.requirements, permission: "assets.read", handler: ({ principal, params }) => listAssetRequirements(principal, params.id) });

export const PUT = withApi({ ...assetRoutes.requirementStatuses, permission: "assets.write", handler: ({ principal, params, body }) => setAssetRequirementStatuses(principal, params.id, body) });
