import { withApi } from "@/lib/api/handler";
import { competenceRoutes } from "@/lib/competence/openapi";
import { deleteRecord } from "@/lib/competence/service";

export const DELETE = withApi({ ...competenceRoutes.records.remove, permission: "competence.write", handler: ({ principal, params }) => deleteRecord(principal, params.id) });
