import { assetRoutes } from "@/lib/assets/openapi";
import { classificationSettings } from "@/lib/classification/settings";
import { settingsRoutes } from "@/lib/settings/routes";

// The permissions (read and write) are the section's own, stated once in lib/classification/settings.ts.
const routes = settingsRoutes(classificationSettings, assetRoutes.classificationModel);
export const GET = routes.GET;
export const PUT = routes.PUT;
