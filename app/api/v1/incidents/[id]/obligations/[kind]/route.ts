import { withApi } from "@/lib/api/handler";
import { recordObligationReport } from "@/lib/incidents/obligation-service";
import { incidentRoutes } from "@/lib/incidents/openapi";

export const PATCH = withApi({
  ...incidentRoutes.obligation,
  permission: "incidents.handle",
  handler: ({ principal, params, body }) => recordObligationReport(principal, params.id, params.kind, body),
});
