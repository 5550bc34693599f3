import { withApi } from "@/lib/api/handler";
import { listIncidents } from "@/lib/incidents/queries";
import { incidentListQuerySchema, incidentReportSchema } from "@/lib/incidents/schema";
import { reportIncident } from "@/lib/incidents/service";

export const GET = withApi({ query: incidentListQuerySchema, handler: ({ principal, query }) => listIncidents(principal, query) });
export const POST = withApi({ body: incidentReportSchema, status: 201, handler: ({ principal, body }) => reportIncident(principal, body) });
