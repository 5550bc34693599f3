import { withApi } from "@/lib/api/handler";
import { competenceRoutes } from "@/lib/competence/openapi";
import { exportOverdue } from "@/lib/competence/export";

export const GET = withApi({ ...competenceRoutes.people.overdueExport, permission: "competence.read", handler: ({ principal, query }) => exportOverdue(principal, query) });
