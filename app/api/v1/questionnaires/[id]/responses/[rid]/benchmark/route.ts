import { withApi } from "@/lib/api/handler";
import { getBenchmark } from "@/lib/questionnaires/benchmark";
import { questionnaireRoutes } from "@/lib/questionnaires/openapi";

export const GET = withApi({ ...questionnaireRoutes.benchmark, permission: "questionnaires.read", handler: ({ principal, params }) => getBenchmark(principal, params.id, params.rid) });
