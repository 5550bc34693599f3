import { incidentRoutes } from "@/lib/incidents/openapi";
import { incidentSettings } from "@/lib/incidents/settings";
import { settingsRoutes } from "@/lib/settings/routes";

// The permissions (read and write) are the section's own, stated once in lib/incidents/settings.ts.
const routes = settingsRoutes(incidentSettings, incidentRoutes.settings);
export const GET = routes.GET;
export const PUT = routes.PUT;
