import { withApi } from "@/lib/api/handler";
import { followUpRoutes } from "@/lib/suppliers/openapi";
import { createFollowUp } from "@/lib/suppliers/follow-up-service";
import { listFollowUps } from "@/lib/suppliers/follow-ups";

export const GET = withApi({ ...followUpRoutes.list, permission: "suppliers.read", handler: ({ principal, query }) => listFollowUps(principal, query) });
export const POST = withApi({ ...followUpRoutes.create, permission: "suppliers.write", handler: ({ principal, body }) => createFollowUp(principal, body) });
