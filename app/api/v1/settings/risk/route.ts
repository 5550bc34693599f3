import { riskRoutes } from "@/lib/risks/openapi";
import { riskSettings } from "@/lib/risks/settings";
import { settingsRoutes } from "@/lib/settings/routes";

// The permissions (read and write) are the section's own, stated once in lib/risks/settings.ts.
const routes = settingsRoutes(riskSettings, riskRoutes.settings);
export const GET = routes.GET;
export const PUT = routes.PUT;
