import { questionnaireRoutes } from "@/lib/questionnaires/openapi";
import { benchmarkingSettings } from "@/lib/questionnaires/settings";
import { settingsRoutes } from "@/lib/settings/routes";

// The permissions (read and write) are the section's own, stated once in lib/questionnaires/settings.ts.
const routes = settingsRoutes(benchmarkingSettings, questionnaireRoutes.settings);
export const GET = routes.GET;
export const PUT = routes.PUT;
