import { withApi } from "@/lib/api/handler";
import { exportFormatSchema } from "@/lib/export/table";
import { exportIncidents } from "@/lib/incidents/export";
import { incidentFilterSchema } from "@/lib/incidents/schema";

const querySchema = incidentFilterSchema.extend({ format: exportFormatSchema.default("csv") });

export const GET = withApi({ query: querySchema, handler: ({ principal, query: { format, ...filter } }) => exportIncidents(principal, format, filter) });
