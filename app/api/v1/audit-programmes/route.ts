import { withApi } from "@/lib/api/handler";
import { programmeRoutes } from "@/lib/audit-programmes/openapi";
import { listProgrammes } from "@/lib/audit-programmes/queries";
import { createProgramme } from "@/lib/audit-programmes/service";

export const GET = withApi({ ...programmeRoutes.list, permission: "audits.read", handler: ({ principal, query }) => listProgrammes(principal, query) });
export const POST = withApi({ ...programmeRoutes.create, permission: "audits.write", handler: ({ principal, body }) => createProgramme(principal, body) });
