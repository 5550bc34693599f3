import { withApi } from "@/lib/api/handler";
import { questionnaireRoutes } from "@/lib/questionnaires/openapi";
import { prefillProposals } from "@/lib/questionnaires/prefill";

export const GET = withApi({ ...questionnaireRoutes.prefill, permission: "questionnaires.read", handler: ({ principal, params }) => prefillProposals(principal, params.id, params.rid) });
