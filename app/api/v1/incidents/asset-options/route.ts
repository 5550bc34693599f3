import { withApi } from "@/lib/api/handler";
import { incidentRoutes } from "@/lib/incidents/openapi";
import { incidentAssetOptions } from "@/lib/incidents/queries";

export const GET = withApi({ ...incidentRoutes.assetOptions, permission: "incidents.report", handler: ({ principal, query }) => incidentAssetOptions(principal, query) });
