import { withApi } from "@/lib/api/handler";
import { incidentRoutes } from "@/lib/incidents/openapi";
import { incidentCategories } from "@/lib/incidents/settings";

export const GET = withApi({ ...incidentRoutes.categories, permission: "incidents.report", handler: ({ principal }) => incidentCategories(principal) });
