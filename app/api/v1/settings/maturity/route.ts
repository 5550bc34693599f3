import { maturityRoutes } from "@/lib/maturity/openapi";
import { maturitySettings } from "@/lib/maturity/settings";
import { settingsRoutes } from "@/lib/settings/routes";

const routes = settingsRoutes(maturitySettings, maturityRoutes.settings);
export const GET = routes.GET;
export const PUT = routes.PUT;
