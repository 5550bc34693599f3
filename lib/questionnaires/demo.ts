import type { Prisma } from "../db/client";
import { daysAgo, type DemoContext } from "../demo/context";
import { BUILTIN_KEY, BUILTIN_SET } from "./builtin";
import { defaultPeriod } from "./rules";
import type { QuestionSetCreate } from "./schema";
import { scoreResponse, type ScoringAnswer } from "./scoring";

type Question = QuestionSetCreate["questions"][number];

/** The option keys worth at least `points` (multiple: that many one-point items). */
function optionsFor(question: Question, points: number): string[] {
  if (question.answerType === "multiple") return question.options.filter((o) => o.points > 0).slice(0, points).map((o) => o.key);
  const sorted = [...question.options].sort((a, b) => a.points - b.points);
  return [(sorted.find((o) => o.points >= points) ?? sorted[sorted.length - 1]).key];
}

/**
 * Points per level for each occasion: two years ago the basics were in place (level 1); now the
 * level-2 questions are answered well too, and classification and risk reach higher.
 */
const EARLIER: Record<number, number> = { 1: 2, 2: 1, 3: 0 };
const LATER: Record<number, number> = { 1: 3, 2: 3, 3: 2 };
const STRONG_LATER = new Set(["klassning", "risk"]);

function answersFor(plan: Record<number, number>, strong: Set<string>, uncertainEvery: number): ScoringAnswer[] {
  return BUILTIN_SET.questions.flatMap((question, index) => {
    const boost = question.areas.some((area) => strong.has(area)) ? 1 : 0;
    const points = (plan[question.level] ?? 0) + (question.level <= 3 ? boost : 0);
    if (points === 0) return [];
    return [{ questionCode: question.code, optionKeys: optionsFor(question, points), certain: index % uncertainEvery !== 0 }];
  });
}

async function createResponse(ctx: DemoContext, setId: string, title: string, endDaysAgo: number, answers: ScoringAnswer[]) {
  const period = defaultPeriod(daysAgo(ctx.now, endDaysAgo));
  const result = scoreResponse(BUILTIN_SET.questions, answers, BUILTIN_SET.uncertainLimits, BUILTIN_SET.areas.map((a) => a.key));
  await ctx.tx.questionnaireResponse.create({
    data: {
      organizationId: ctx.organizationId,
      questionSetId: setId,
      title,
      periodFrom: period.from,
      periodTo: period.to,
      status: "submitted",
      submittedAt: daysAgo(ctx.now, endDaysAgo - 7),
      answers: answers.map((a) => ({ ...a, note: null, evidence: [], prefill: null })) as Prisma.InputJsonValue,
      result: result as unknown as Prisma.InputJsonValue,
      createdById: ctx.users.ciso,
    },
  });
}

/** Exempelkommunen: the built-in set and two submitted measurements two years apart. */
export async function seedQuestionnaireDemo(ctx: DemoContext): Promise<void> {
  const set = await ctx.tx.questionSet.create({
    data: {
      organizationId: ctx.organizationId,
      title: BUILTIN_SET.title,
      source: BUILTIN_SET.source,
      builtinKey: BUILTIN_KEY,
      areas: BUILTIN_SET.areas as Prisma.InputJsonValue,
      uncertainLimits: BUILTIN_SET.uncertainLimits as Prisma.InputJsonValue,
      questions: BUILTIN_SET.questions as unknown as Prisma.InputJsonValue,
    },
  });
  await createResponse(ctx, set.id, "Uppföljning 2024", 760, answersFor(EARLIER, new Set(), 4));
  await createResponse(ctx, set.id, "Uppföljning 2026", 30, answersFor(LATER, STRONG_LATER, 7));
}
