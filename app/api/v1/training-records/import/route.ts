import { withApi } from "@/lib/api/handler";
import { competenceRoutes } from "@/lib/competence/openapi";
import { importRecords } from "@/lib/competence/records-import";

export const POST = withApi({ ...competenceRoutes.records.import, permission: "competence.write", handler: ({ principal, request, query }) => importRecords(principal, request, query.trainingId) });
