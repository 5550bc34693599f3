import { withApi } from "@/lib/api/handler";
import { listActions } from "@/lib/actions/queries";
import { actionCreateSchema, actionListQuerySchema } from "@/lib/actions/schema";
import { createAction } from "@/lib/actions/service";

export const GET = withApi({ query: actionListQuerySchema, handler: ({ principal, query }) => listActions(principal, query) });
export const POST = withApi({ body: actionCreateSchema, status: 201, handler: ({ principal, body }) => createAction(principal, body) });
