import { withApi } from "@/lib/api/handler";
import { incidentAssetOptions } from "@/lib/incidents/queries";
import { assetOptionsQuerySchema } from "@/lib/incidents/schema";

export const GET = withApi({ query: assetOptionsQuerySchema, handler: ({ principal, query }) => incidentAssetOptions(principal, query) });
