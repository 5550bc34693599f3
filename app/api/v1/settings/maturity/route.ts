import { maturityRoutes } from "@/lib/maturity/openapi";
import { maturitySettings } from "@/lib/maturity/settings";
import { settingsRoutes } from "@/lib/settings/routes";

// The permissions (read and write) are the section's own, stated once in lib/maturity/settings.ts.
const routes = settingsRoutes(maturitySettings, maturityRoutes.settings);
export const GET = routes.GET;
export const PUT = routes.PUT;
