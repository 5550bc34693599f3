import { withApi } from "@/lib/api/handler";
import { getRisk } from "@/lib/risks/queries";
import { riskUpdateSchema } from "@/lib/risks/schema";
import { deleteRisk, updateRisk } from "@/lib/risks/service";

export const GET = withApi({ handler: ({ principal, params }) => getRisk(principal, params.id) });
export const PATCH = withApi({ body: riskUpdateSchema, handler: ({ principal, params, body }) => updateRisk(principal, params.id, body) });
export const DELETE = withApi({ handler: ({ principal, params }) => deleteRisk(principal, params.id) });
