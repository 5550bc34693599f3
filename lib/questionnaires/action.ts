import "server-only";
import { toActionViews } from "../actions/queries";
import type { ActionView } from "../actions/schema";
import { createActionInTx } from "../actions/service";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { db } from "../db/client";
import { badRequest } from "../errors";
import { levelLabel } from "./rules";
import { toQuestionSetView } from "./queries";
import type { QuestionAction } from "./schema";

/**
 * Makes an action (source `questionnaire`, the set) of a question to improve: its title is the
 * question, the description names the measurement and the level it is needed for.
 */
export async function questionToAction(principal: Principal, setId: string, responseId: string, input: QuestionAction): Promise<ActionView> {
  authorize(principal, "actions.create");
  const action = await db.$transaction(async (tx) => {
    const response = await tx.questionnaireResponse.findUnique({ where: { id: responseId } });
    authorize(principal, "questionnaires.write", response && response.questionSetId === setId ? response : null);
    const setRow = await tx.questionSet.findUnique({ where: { id: setId }, include: { _count: { select: { responses: true } } } });
    const question = toQuestionSetView(setRow!).questions.find((q) => q.code === input.questionCode);
    if (!question) throw badRequest("Frågan finns inte i uppsättningen.", { questionCode: ["Okänd fråga."] });
    return createActionInTx(tx, principal, {
      title: `Förbättra: ${question.text}`.slice(0, 200),
      description: `Från uppföljningsmätningen "${response!.title}", fråga ${question.code} (${levelLabel(question.level)}).`,
      ownerId: input.ownerId ?? null,
      status: "planned",
      source: { type: "questionnaire", id: setId },
    });
  });
  return (await toActionViews([action]))[0];
}
