import { settingsRoutes } from "@/lib/settings/routes";
import { supplierRoutes } from "@/lib/suppliers/openapi";
import { supplierSettings } from "@/lib/suppliers/settings";

// The permissions (read and write) are the section's own, stated once in lib/suppliers/settings.ts.
const routes = settingsRoutes(supplierSettings, supplierRoutes.settings);
export const GET = routes.GET;
export const PUT = routes.PUT;
