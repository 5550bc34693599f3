import "server-only";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { db, type Prisma, type Tx } from "../db/client";
import { createAudited, nextVersion, updateAudited, versionedWhere } from "../db/mutation";
import { assertReferences } from "../db/references";
import { AppError } from "../errors";
import { stockholmToday } from "../dates";
import { BUILTIN_KEY, BUILTIN_SET } from "./builtin";
import { loadQuestionSet, scoreRow, toQuestionSetView, toResponseViews, type ResponseRow } from "./queries";
import { assertAnswers, defaultPeriod, normaliseAnswer } from "./rules";
import type { AnswerInput, AnswerView, QuestionSetCreate, QuestionSetView, ResponseCreate, ResponseUpdate, ResponseView } from "./schema";

const json = (value: unknown) => value as Prisma.InputJsonValue;

export const submittedReadOnly = () => new AppError(409, "response_submitted", "Mätningen är inskickad och kan inte ändras.");

export async function createQuestionSet(principal: Principal, input: QuestionSetCreate, builtinKey: string | null = null): Promise<QuestionSetView> {
  authorize(principal, "questionnaires.write");
  const row = await createAudited(principal, "questionnaire", async (tx) => {
    const created = await tx.questionSet.create({
      data: {
        organizationId: principal.organizationId,
        title: input.title,
        source: input.source ?? null,
        builtinKey,
        areas: json(input.areas),
        uncertainLimits: json(input.uncertainLimits),
        questions: json(input.questions),
      },
      include: { _count: { select: { responses: true } } },
    });
    return toQuestionSetView(created);
  });
  return row;
}

/**
 * Seeds the built-in set for the organisation the first time anyone lists the sets (so every
 * organisation has it without a migration per organisation). The unique (organisation, key) makes
 * a concurrent second seed fail harmlessly; it is audited under the caller who triggered it.
 */
export async function ensureBuiltinSet(principal: Principal): Promise<void> {
  authorize(principal, "questionnaires.read");
  const exists = await db.questionSet.count({ where: { organizationId: principal.organizationId, builtinKey: BUILTIN_KEY } });
  if (exists) return;
  try {
    await createAudited(principal, "questionnaire", async (tx) =>
      tx.questionSet.create({
        data: { organizationId: principal.organizationId, title: BUILTIN_SET.title, source: BUILTIN_SET.source, builtinKey: BUILTIN_KEY, areas: json(BUILTIN_SET.areas), uncertainLimits: json(BUILTIN_SET.uncertainLimits), questions: json(BUILTIN_SET.questions) },
      }),
    );
  } catch (error) {
    if ((error as { code?: string }).code !== "P2002") throw error;
  }
}

async function setFor(tx: Tx, principal: Principal, setId: string): Promise<QuestionSetView> {
  const row = await loadQuestionSet(tx, setId);
  authorize(principal, "questionnaires.write", row);
  return toQuestionSetView(row!);
}

/** Answers checked against the set and their evidence against the organisation's records. */
async function checkedAnswers(tx: Tx, principal: Principal, set: QuestionSetView, answers: AnswerInput[]): Promise<AnswerView[]> {
  assertAnswers(set.questions, answers);
  const refs: Parameters<typeof assertReferences>[2] = {};
  answers.forEach((answer, index) => {
    for (const type of new Set(answer.evidence.map((item) => item.type))) {
      refs[`answers.${index}.evidence.${type}`] = { type, ids: answer.evidence.filter((item) => item.type === type).map((item) => item.id) };
    }
  });
  await assertReferences(tx, principal.organizationId, refs);
  return answers.map((answer) => normaliseAnswer({ ...answer, note: answer.note ?? null, prefill: answer.prefill ?? null }));
}

async function view(row: ResponseRow): Promise<ResponseView> {
  return (await toResponseViews([row]))[0];
}

export async function createResponse(principal: Principal, setId: string, input: ResponseCreate, today = new Date()): Promise<ResponseView> {
  authorize(principal, "questionnaires.write");
  const period = defaultPeriod(stockholmToday(today));
  const row = await createAudited(principal, "questionnaire_response", async (tx) => {
    const set = await setFor(tx, principal, setId);
    const answers = await checkedAnswers(tx, principal, set, input.answers);
    return tx.questionnaireResponse.create({
      data: {
        organizationId: principal.organizationId,
        questionSetId: setId,
        title: input.title,
        periodFrom: input.periodFrom ?? period.from,
        periodTo: input.periodTo ?? period.to,
        answers: json(answers),
        createdById: principal.userId,
      },
    });
  });
  return view(row);
}

function loadOwn(setId: string, id: string) {
  return async (tx: Tx) => {
    const row = await tx.questionnaireResponse.findUnique({ where: { id } });
    return row && row.questionSetId === setId ? row : null;
  };
}

export async function updateResponse(principal: Principal, setId: string, id: string, input: ResponseUpdate): Promise<ResponseView> {
  authorize(principal, "questionnaires.write");
  let set: QuestionSetView | null = null;
  const row = await updateAudited(principal, "questionnaire_response", {
    version: input.version,
    load: loadOwn(setId, id),
    check: (before) => {
      authorize(principal, "questionnaires.write", before);
      if (before.status === "submitted") throw submittedReadOnly();
    },
    update: async (tx) => {
      set ??= await setFor(tx, principal, setId);
      const answers = input.answers ? await checkedAnswers(tx, principal, set, input.answers) : undefined;
      return tx.questionnaireResponse.update({
        where: versionedWhere(id, input.version),
        data: { title: input.title, periodFrom: input.periodFrom, periodTo: input.periodTo, ...(answers ? { answers: json(answers) } : {}), ...nextVersion },
      });
    },
  });
  return view(row);
}

/** Submits: stores the result with the response, so a later change of limits does not rewrite it. */
export async function submitResponse(principal: Principal, setId: string, id: string, version: number, now = new Date()): Promise<ResponseView> {
  authorize(principal, "questionnaires.write");
  const row = await updateAudited(principal, "questionnaire_response", {
    version,
    action: "submit",
    load: loadOwn(setId, id),
    check: (before) => {
      authorize(principal, "questionnaires.write", before);
      if (before.status === "submitted") throw submittedReadOnly();
    },
    update: async (tx, before) => {
      const set = await setFor(tx, principal, setId);
      const result = scoreRow(set, before.answers as AnswerView[]);
      return tx.questionnaireResponse.update({
        where: versionedWhere(id, version),
        data: { status: "submitted", submittedAt: now, result: json(result), ...nextVersion },
      });
    },
  });
  return view(row);
}
