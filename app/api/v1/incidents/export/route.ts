import { withApi } from "@/lib/api/handler";
import { exportIncidents } from "@/lib/incidents/export";
import { incidentRoutes } from "@/lib/incidents/openapi";

export const GET = withApi({ ...incidentRoutes.export, permission: "incidents.read", handler: ({ principal, query: { format, ...filter } }) => exportIncidents(principal, format, filter) });
