import { withApi } from "@/lib/api/handler";
import { riskAcceptSchema } from "@/lib/risks/schema";
import { acceptRisk } from "@/lib/risks/service";

export const POST = withApi({ body: riskAcceptSchema, handler: ({ principal, params, body }) => acceptRisk(principal, params.id, body) });
