import { withApi } from "@/lib/api/handler";
import { incidentRoutes } from "@/lib/incidents/openapi";
import { listIncidents } from "@/lib/incidents/queries";
import { reportIncident } from "@/lib/incidents/service";

export const GET = withApi({ ...incidentRoutes.list, permission: "incidents.read", handler: ({ principal, query }) => listIncidents(principal, query) });
export const POST = withApi({ ...incidentRoutes.report, permission: "incidents.report", handler: ({ principal, body }) => reportIncident(principal, body) });
