/**
 * MSB's scoring rule for the follow-up questionnaire (DESIGN §6, uppföljningsstruktur §3.3.2).
 * Pure: no database, no clock. The same function scores the whole set and each work area (an area is
 * the set restricted to the questions that name it), so the overall level and the indicative area
 * levels can never disagree on method.
 */

export const LEVELS = [1, 2, 3, 4] as const;
export type Level = (typeof LEVELS)[number];
export type AnswerType = "single" | "multiple" | "range";

/** Default shares of uncertain answers allowed at levels 1–4. */
export const DEFAULT_UNCERTAIN_LIMITS = [0.5, 0.25, 0.1, 0] as const;

export interface ScoringQuestion {
  code: string;
  level: number;
  areas: string[];
  answerType: AnswerType;
  maxPoints?: number | null;
  options: { key: string; points: number }[];
}

export interface ScoringAnswer {
  questionCode: string;
  optionKeys: string[];
  certain: boolean;
}

export interface LevelResult {
  level: number;
  questions: number;
  required: number;
  points: number;
  minimumMet: boolean;
  uncertainShare: number;
  uncertainLimit: number;
  reached: boolean;
}

export interface NextLevel {
  level: number;
  pointsMissing: number;
  questionsBelowMinimum: string[];
  uncertainToResolve: number;
}

export interface ScoreResult {
  level: number;
  levels: LevelResult[];
  areas: { key: string; level: number }[];
  next: NextLevel | null;
}

// Shares are compared with a small tolerance: 0.1 * 30 is not exactly 3 in floating point.
const EPSILON = 1e-9;

/** K_n = ⌈F_n · (n + 0.5)⌉, as ⌈F_n · (2n + 1) / 2⌉ so it stays exact in integers. */
export const requiredPoints = (questions: number, level: number) => Math.ceil((questions * (2 * level + 1)) / 2);

/** One answer's score: single = the option, multiple = the sum (capped), range = the lowest; none = 0. */
export function answerScore(question: ScoringQuestion, answer: ScoringAnswer | undefined): number {
  if (!answer) return 0;
  const points = answer.optionKeys
    .map((key) => question.options.find((option) => option.key === key)?.points)
    .filter((value): value is number => value !== undefined);
  if (points.length === 0) return 0;
  if (question.answerType === "range") return Math.min(...points);
  if (question.answerType === "multiple") {
    const sum = points.reduce((total, value) => total + value, 0);
    return question.maxPoints == null ? sum : Math.min(sum, question.maxPoints);
  }
  return points[0];
}

const isAnswered = (answer: ScoringAnswer | undefined): answer is ScoringAnswer => !!answer && answer.optionKeys.length > 0;

/** How many uncertain answers must become certain so that `uncertain / answered` is within `limit`. */
const toResolve = (uncertain: number, answered: number, limit: number) =>
  Math.max(0, uncertain - Math.floor(limit * answered + EPSILON));

function levelRows(questions: ScoringQuestion[], answers: Map<string, ScoringAnswer>, limits: readonly number[]) {
  const scores = new Map(questions.map((question) => [question.code, answerScore(question, answers.get(question.code))]));
  const total = [...scores.values()].reduce((sum, value) => sum + value, 0);
  const rows: (LevelResult & { below: string[]; toResolve: number })[] = [];
  let previousReached = true;
  for (const level of LEVELS) {
    const upTo = questions.filter((question) => question.level <= level);
    const below = upTo.filter((question) => (scores.get(question.code) ?? 0) < level).map((question) => question.code);
    const answered = upTo.map((question) => answers.get(question.code)).filter(isAnswered);
    const uncertain = answered.filter((answer) => !answer.certain).length;
    const uncertainShare = answered.length === 0 ? 0 : uncertain / answered.length;
    const uncertainLimit = limits[level - 1] ?? DEFAULT_UNCERTAIN_LIMITS[level - 1];
    const required = requiredPoints(upTo.length, level);
    const reached: boolean = previousReached && below.length === 0 && total >= required && uncertainShare <= uncertainLimit + EPSILON;
    rows.push({
      level,
      questions: upTo.length,
      required,
      points: total,
      minimumMet: below.length === 0,
      uncertainShare,
      uncertainLimit,
      reached,
      below,
      toResolve: toResolve(uncertain, answered.length, uncertainLimit),
    });
    previousReached = reached;
  }
  return rows;
}

function levelOf(rows: { level: number; reached: boolean }[]) {
  return rows.filter((row) => row.reached).reduce((highest, row) => Math.max(highest, row.level), 0);
}

/** The area keys in the order they first appear (the set's `areas` order when given). */
function areaKeys(questions: ScoringQuestion[], areaOrder?: string[]) {
  const keys = new Set(areaOrder ?? []);
  for (const question of questions) for (const key of question.areas) keys.add(key);
  return [...keys];
}

export function scoreResponse(
  questions: ScoringQuestion[],
  answers: ScoringAnswer[],
  limits: readonly number[] = DEFAULT_UNCERTAIN_LIMITS,
  areaOrder?: string[],
): ScoreResult {
  const byCode = new Map(answers.map((answer) => [answer.questionCode, answer]));
  const rows = levelRows(questions, byCode, limits);
  const level = levelOf(rows);
  const nextRow = rows.find((row) => row.level === level + 1);
  const areas = areaKeys(questions, areaOrder).map((key) => ({
    key,
    level: levelOf(levelRows(questions.filter((question) => question.areas.includes(key)), byCode, limits)),
  }));
  return {
    level,
    levels: rows.map(({ below: _below, toResolve: _toResolve, ...row }) => row),
    areas,
    next: nextRow
      ? {
          level: nextRow.level,
          pointsMissing: Math.max(0, nextRow.required - nextRow.points),
          questionsBelowMinimum: nextRow.below,
          uncertainToResolve: nextRow.toResolve,
        }
      : null,
  };
}
