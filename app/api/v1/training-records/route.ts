import { withApi } from "@/lib/api/handler";
import { competenceRoutes } from "@/lib/competence/openapi";
import { listRecords } from "@/lib/competence/queries";
import { createRecord } from "@/lib/competence/service";

export const GET = withApi({ ...competenceRoutes.records.list, permission: "competence.read", handler: ({ principal, query }) => listRecords(principal, query) });
export const POST = withApi({ ...competenceRoutes.records.create, permission: "competence.write", handler: ({ principal, body }) => createRecord(principal, body) });
