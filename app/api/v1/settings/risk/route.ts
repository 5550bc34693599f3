import { withApi } from "@/lib/api/handler";
import { getRiskSettings, updateRiskSettings } from "@/lib/risks/settings";
import { riskSettingsSchema } from "@/lib/risks/settings-schema";

export const GET = withApi({ handler: ({ principal }) => getRiskSettings(principal) });
export const PUT = withApi({ body: riskSettingsSchema, handler: ({ principal, body }) => updateRiskSettings(principal, body) });
