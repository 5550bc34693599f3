import "server-only";
import { paged, pageArgs, type ListResult } from "../api/list";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { db, type Prisma, type Tx } from "../db/client";
import { RECORD_TYPES, type RecordTitle } from "../records/registry";
import { levelLabel, scoreResponse } from "./rules";
import type { AnswerView, QuestionSetListQuery, QuestionSetSummaryView, QuestionSetView, QuestionView, ResponseListQuery, ResponseStatus, ResponseSummaryView, ResponseView, ResultView } from "./schema";
import type { ScoreResult } from "./scoring";

export type QuestionSetRow = Prisma.QuestionSetGetPayload<{ include: { _count: { select: { responses: true } } } }>;
export type ResponseRow = Prisma.QuestionnaireResponseGetPayload<object>;
const setInclude = { _count: { select: { responses: true } } } satisfies Prisma.QuestionSetInclude;

const stamps = (row: { createdAt: Date; updatedAt: Date; version: number }) => ({ createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString(), version: row.version });
const day = (date: Date) => date.toISOString().slice(0, 10);

export function toQuestionSetView(row: QuestionSetRow): QuestionSetView {
  return {
    id: row.id,
    title: row.title,
    source: row.source,
    builtin: row.builtinKey !== null,
    areas: row.areas as QuestionSetView["areas"],
    uncertainLimits: row.uncertainLimits as number[],
    questions: row.questions as QuestionView[],
    inUse: row._count.responses > 0,
    ...stamps(row),
  };
}

async function toQuestionSetSummaries(rows: QuestionSetRow[]): Promise<QuestionSetSummaryView[]> {
  return rows.map((row) => {
    const { questions, areas: _areas, ...rest } = toQuestionSetView(row);
    return { ...rest, questionCount: questions.length };
  });
}

export async function listQuestionSets(principal: Principal, query: QuestionSetListQuery): Promise<ListResult<QuestionSetSummaryView>> {
  authorize(principal, "questionnaires.read");
  const where = { organizationId: principal.organizationId, ...(query.q ? { title: { contains: query.q, mode: "insensitive" as const } } : {}) };
  const rows = db.questionSet.findMany({ where, include: setInclude, ...pageArgs(query, { createdAt: "asc" }) });
  return paged(query, rows, db.questionSet.count({ where }), toQuestionSetSummaries);
}

export async function loadQuestionSet(tx: Tx, id: string) {
  return tx.questionSet.findUnique({ where: { id }, include: setInclude });
}

export async function getQuestionSet(principal: Principal, id: string): Promise<QuestionSetView> {
  const row = await loadQuestionSet(db, id);
  authorize(principal, "questionnaires.read", row);
  return toQuestionSetView(row!);
}

/** Titles and links of the evidence records, fetched once per type for the page. */
async function evidenceTitles(organizationId: string, answers: AnswerView[]) {
  const byType = new Map<string, Set<string>>();
  for (const answer of answers) for (const item of answer.evidence) byType.set(item.type, (byType.get(item.type) ?? new Set()).add(item.id));
  const titles = new Map<string, { title: string; href: string | null }>();
  for (const [type, ids] of byType) {
    const spec = RECORD_TYPES[type as keyof typeof RECORD_TYPES];
    const rows: RecordTitle[] = await spec.titles(db, organizationId, [...ids]);
    for (const row of rows) titles.set(`${type}:${row.id}`, { title: row.title, href: row.href ?? (spec.path ? `${spec.path}/${row.id}` : null) });
  }
  return titles;
}

export async function toResponseViews(rows: ResponseRow[]): Promise<ResponseView[]> {
  return Promise.all(
    rows.map(async (row) => {
      const answers = (row.answers ?? []) as AnswerView[];
      const titles = await evidenceTitles(row.organizationId, answers);
      return {
        id: row.id,
        questionSetId: row.questionSetId,
        title: row.title,
        periodFrom: day(row.periodFrom),
        periodTo: day(row.periodTo),
        status: row.status as ResponseStatus,
        answers: answers.map((answer) => ({
          ...answer,
          note: answer.note ?? null,
          prefill: answer.prefill ?? null,
          evidence: answer.evidence.map((item) => ({ ...item, ...titles.get(`${item.type}:${item.id}`) })),
        })),
        submittedAt: row.submittedAt?.toISOString() ?? null,
        level: row.result ? (row.result as unknown as ScoreResult).level : null,
        ...stamps(row),
      };
    }),
  );
}

async function toResponseSummaries(rows: ResponseRow[]): Promise<ResponseSummaryView[]> {
  return (await toResponseViews(rows)).map(({ answers, ...rest }) => ({ ...rest, answered: answers.filter((a) => a.optionKeys.length > 0).length }));
}

export async function listResponses(principal: Principal, setId: string, query: ResponseListQuery): Promise<ListResult<ResponseSummaryView>> {
  const set = await db.questionSet.findUnique({ where: { id: setId }, select: { organizationId: true } });
  authorize(principal, "questionnaires.read", set);
  const where = { organizationId: principal.organizationId, questionSetId: setId, ...(query.status ? { status: query.status } : {}), ...(query.q ? { title: { contains: query.q, mode: "insensitive" as const } } : {}) };
  const rows = db.questionnaireResponse.findMany({ where, ...pageArgs(query, { periodTo: "desc" }) });
  return paged(query, rows, db.questionnaireResponse.count({ where }), toResponseSummaries);
}

/** A response of the set `setId` in the caller's organisation; 404 otherwise. */
export async function loadResponse(principal: Principal, setId: string, id: string) {
  const row = await db.questionnaireResponse.findUnique({ where: { id } });
  authorize(principal, "questionnaires.read", row && row.questionSetId === setId ? row : null);
  return row!;
}

export async function getResponse(principal: Principal, setId: string, id: string): Promise<ResponseView> {
  return (await toResponseViews([await loadResponse(principal, setId, id)]))[0];
}

/** The result as a view: stored on submit, computed live for a draft. */
export function toResultView(result: ScoreResult, stored: boolean): ResultView {
  return { ...result, label: levelLabel(result.level), stored };
}

export function scoreRow(set: QuestionSetView, answers: AnswerView[]): ScoreResult {
  return scoreResponse(set.questions, answers, set.uncertainLimits, set.areas.map((area) => area.key));
}

export async function getResult(principal: Principal, setId: string, id: string): Promise<ResultView> {
  const row = await loadResponse(principal, setId, id);
  if (row.result) return toResultView(row.result as unknown as ScoreResult, true);
  const set = toQuestionSetView((await loadQuestionSet(db, setId))!);
  return toResultView(scoreRow(set, row.answers as AnswerView[]), false);
}

/** A response and its set by the response's id alone (the pages' URLs carry only that). */
export async function responsePage(principal: Principal, id: string): Promise<{ set: QuestionSetView; response: ResponseView; result: ResultView }> {
  const row = await db.questionnaireResponse.findUnique({ where: { id } });
  authorize(principal, "questionnaires.read", row);
  const set = toQuestionSetView((await loadQuestionSet(db, row!.questionSetId))!);
  const [response] = await toResponseViews([row!]);
  const result = row!.result ? toResultView(row!.result as unknown as ScoreResult, true) : toResultView(scoreRow(set, response.answers), false);
  return { set, response, result };
}

/** Every response of the organisation, newest period first, for the list page. */
export async function allResponses(principal: Principal): Promise<ResponseSummaryView[]> {
  authorize(principal, "questionnaires.read");
  const rows = await db.questionnaireResponse.findMany({ where: { organizationId: principal.organizationId }, orderBy: [{ periodTo: "desc" }, { createdAt: "desc" }], take: 200 });
  return toResponseSummaries(rows);
}
