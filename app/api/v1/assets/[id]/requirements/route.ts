import { withApi } from "@/lib/api/handler";
import { listAssetRequirements } from "@/lib/assets/asset-requirements";

export const GET = withApi({ permission: "assets.read", handler: ({ principal, params }) => listAssetRequirements(principal, params.id) });
