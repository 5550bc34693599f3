import { withApi } from "@/lib/api/handler";
import { closeIncident } from "@/lib/incidents/close-service";
import { incidentRoutes } from "@/lib/incidents/openapi";

export const POST = withApi({ ...incidentRoutes.close, permission: "incidents.handle", handler: ({ principal, params, body }) => closeIncident(principal, params.id, body) });
