import { withApi } from "@/lib/api/handler";
import { questionnaireRoutes } from "@/lib/questionnaires/openapi";
import { listQuestionSets } from "@/lib/questionnaires/queries";
import { createQuestionSet, ensureBuiltinSet } from "@/lib/questionnaires/service";

export const GET = withApi({
  ...questionnaireRoutes.list,
  permission: "questionnaires.read",
  handler: async ({ principal, query }) => {
    await ensureBuiltinSet(principal);
    return listQuestionSets(principal, query);
  },
});
export const POST = withApi({ ...questionnaireRoutes.create, permission: "questionnaires.write", handler: ({ principal, body }) => createQuestionSet(principal, body) });
