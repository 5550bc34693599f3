import { withApi } from "@/lib/api/handler";
import { indicatorRoutes } from "@/lib/indicators/openapi";
import { indicatorRecords } from "@/lib/indicators/records";

export const GET = withApi({ ...indicatorRoutes.records, permission: "indicators.read", handler: ({ principal, params, query }) => indicatorRecords(principal, params.key, query) });
