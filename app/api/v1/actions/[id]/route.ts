import { withApi } from "@/lib/api/handler";
import { getAction } from "@/lib/actions/queries";
import { actionUpdateSchema } from "@/lib/actions/schema";
import { deleteAction, updateAction } from "@/lib/actions/service";

export const GET = withApi({ handler: ({ principal, params }) => getAction(principal, params.id) });
export const PATCH = withApi({ body: actionUpdateSchema, handler: ({ principal, params, body }) => updateAction(principal, params.id, body) });
export const DELETE = withApi({ handler: ({ principal, params }) => deleteAction(principal, params.id) });
