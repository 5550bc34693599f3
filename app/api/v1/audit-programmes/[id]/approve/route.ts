import { withApi } from "@/lib/api/handler";
import { programmeRoutes } from "@/lib/audit-programmes/openapi";
import { approveProgramme } from "@/lib/audit-programmes/service";

export const POST = withApi({ ...programmeRoutes.approve, permission: "audit-programmes.approve", handler: ({ principal, params, body }) => approveProgramme(principal, params.id, body.version) });
