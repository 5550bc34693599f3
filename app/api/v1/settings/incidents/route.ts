import { withApi } from "@/lib/api/handler";
import { incidentSettingsSchema } from "@/lib/incidents/settings-schema";
import { getIncidentSettings, putIncidentSettings } from "@/lib/incidents/settings";

export const GET = withApi({ handler: ({ principal }) => getIncidentSettings(principal) });
export const PUT = withApi({ body: incidentSettingsSchema, handler: ({ principal, body }) => putIncidentSettings(principal, body) });
