import { withApi } from "@/lib/api/handler";
import { workRoutes } from "@/lib/work/openapi";
import { getPreferences, updatePreferences } from "@/lib/work/preferences";

export const GET = withApi({ ...workRoutes.preferences, permission: "me.read", handler: async ({ principal }) => ({ items: await getPreferences(principal) }) });
export const PUT = withApi({
  ...workRoutes.updatePreferences,
  permission: "me.read",
  handler: async ({ principal, body }) => ({ items: await updatePreferences(principal, body) }),
});
