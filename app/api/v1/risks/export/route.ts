import { withApi } from "@/lib/api/handler";
import { exportRisks } from "@/lib/risks/export";
import { riskExportQuerySchema } from "@/lib/risks/schema";

export const GET = withApi({ query: riskExportQuerySchema, handler: ({ principal, query }) => exportRisks(principal, query) });
