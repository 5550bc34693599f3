import { withApi } from "@/lib/api/handler";
import { getMaturitySettings, putMaturitySettings } from "@/lib/maturity/settings";
import { maturitySettingsSchema } from "@/lib/maturity/settings-schema";

export const GET = withApi({ handler: ({ principal }) => getMaturitySettings(principal) });
export const PUT = withApi({ body: maturitySettingsSchema, handler: ({ principal, body }) => putMaturitySettings(principal, body) });
