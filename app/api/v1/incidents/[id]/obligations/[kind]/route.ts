import { withApi } from "@/lib/api/handler";
import { recordObligationReport } from "@/lib/incidents/obligation-service";
import { obligationReportSchema } from "@/lib/incidents/schema";

export const PATCH = withApi({
  body: obligationReportSchema,
  handler: ({ principal, params, body }) => recordObligationReport(principal, params.id, params.kind, body),
});
