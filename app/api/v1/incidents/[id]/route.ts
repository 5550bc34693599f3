import { withApi } from "@/lib/api/handler";
import { getIncident } from "@/lib/incidents/queries";
import { incidentUpdateSchema } from "@/lib/incidents/schema";
import { updateIncident } from "@/lib/incidents/service";

export const GET = withApi({ handler: ({ principal, params }) => getIncident(principal, params.id) });
export const PATCH = withApi({ body: incidentUpdateSchema, handler: ({ principal, params, body }) => updateIncident(principal, params.id, body) });
