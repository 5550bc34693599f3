import { withApi } from "@/lib/api/handler";
import { recordRoutes } from "@/lib/records/openapi";
import { recordOptions } from "@/lib/records/options";

export const GET = withApi({ ...recordRoutes.options, permission: "me.read", handler: ({ principal, query }) => recordOptions(principal, query) });
