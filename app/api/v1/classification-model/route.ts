import { assetRoutes } from "@/lib/assets/openapi";
import { classificationSettings } from "@/lib/classification/settings";
import { settingsRoutes } from "@/lib/settings/routes";

const routes = settingsRoutes(classificationSettings, assetRoutes.classificationModel);
export const GET = routes.GET;
export const PUT = routes.PUT;
