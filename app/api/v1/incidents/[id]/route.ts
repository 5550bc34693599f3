import { withApi } from "@/lib/api/handler";
import { incidentRoutes } from "@/lib/incidents/openapi";
import { getIncident } from "@/lib/incidents/queries";
import { updateIncident } from "@/lib/incidents/service";

export const GET = withApi({ ...incidentRoutes.get, permission: "incidents.read", handler: ({ principal, params }) => getIncident(principal, params.id) });
export const PATCH = withApi({ ...incidentRoutes.update, permission: "incidents.handle", handler: ({ principal, params, body }) => updateIncident(principal, params.id, body) });
