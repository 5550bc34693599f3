import { withApi } from "@/lib/api/handler";
import { listRisks } from "@/lib/risks/queries";
import { riskCreateSchema, riskListQuerySchema } from "@/lib/risks/schema";
import { createRisk } from "@/lib/risks/service";

export const GET = withApi({ query: riskListQuerySchema, handler: ({ principal, query }) => listRisks(principal, query) });
export const POST = withApi({ body: riskCreateSchema, status: 201, handler: ({ principal, body }) => createRisk(principal, body) });
