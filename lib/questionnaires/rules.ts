import { invalidValues } from "../validation/rule-violation";
import type { AnswerInput } from "./schema";
import type { ScoringQuestion } from "./scoring";

export { scoreResponse, requiredPoints, answerScore, DEFAULT_UNCERTAIN_LIMITS } from "./scoring";

export interface PrefillRule {
  indicator: string;
  ranges: { min: number; max: number; optionKey: string }[];
}

/** The words for a level; 0 is MSB's "under nivå 1". */
export const levelLabel = (level: number, locale: "sv" | "en" = "sv") =>
  level === 0 ? (locale === "sv" ? "Under nivå 1" : "Below level 1") : locale === "sv" ? `Nivå ${level}` : `Level ${level}`;

/** MSB's follow-up period: the two years up to `today`. */
export function defaultPeriod(today: Date): { from: Date; to: Date } {
  const to = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
  const from = new Date(Date.UTC(to.getUTCFullYear() - 2, to.getUTCMonth(), to.getUTCDate() + 1));
  return { from, to };
}

/**
 * Checks every answer against its question: the code exists (once), the options exist, "single"
 * has at most one option, "range" options are adjacent. Each problem names the answer's field
 * (`answers.3.optionKeys`) so the page can point at the question.
 */
export function assertAnswers(questions: Pick<ScoringQuestion, "code" | "answerType" | "options">[], answers: Pick<AnswerInput, "questionCode" | "optionKeys">[]): void {
  const byCode = new Map(questions.map((question) => [question.code, question]));
  const fields: Record<string, string[]> = {};
  const seen = new Set<string>();
  answers.forEach((answer, index) => {
    const question = byCode.get(answer.questionCode);
    if (!question) return void (fields[`answers.${index}.questionCode`] = ["Frågan finns inte i uppsättningen."]);
    if (seen.has(answer.questionCode)) return void (fields[`answers.${index}.questionCode`] = ["Frågan är redan besvarad i listan."]);
    seen.add(answer.questionCode);
    const positions = answer.optionKeys.map((key) => question.options.findIndex((option) => option.key === key));
    const problem = optionProblem(question.answerType, positions, answer.optionKeys);
    if (problem) fields[`answers.${index}.optionKeys`] = [problem];
  });
  if (Object.keys(fields).length) throw invalidValues("Svaren stämmer inte med frågorna.", fields);
}

function optionProblem(answerType: ScoringQuestion["answerType"], positions: number[], keys: string[]): string | null {
  if (positions.includes(-1)) return "Okänt svarsalternativ.";
  if (new Set(keys).size !== keys.length) return "Samma svarsalternativ är valt två gånger.";
  if (answerType === "single" && keys.length > 1) return "Frågan tar ett svarsalternativ.";
  if (answerType === "range" && positions.length > 1) {
    const sorted = [...positions].sort((a, b) => a - b);
    if (sorted[sorted.length - 1] - sorted[0] !== sorted.length - 1) return "Välj angränsande svarsalternativ.";
  }
  return null;
}

/** The option an indicator value falls in (min inclusive, max inclusive), or null. */
export function prefillOption(rule: PrefillRule, value: number | null): string | null {
  if (value === null) return null;
  return rule.ranges.find((range) => value >= range.min && value <= range.max)?.optionKey ?? null;
}

/** An answer that came from a register figure counts as certain: the register is the documentation. */
export function normaliseAnswer<T extends { certain: boolean; prefill?: unknown }>(answer: T): T {
  return answer.prefill ? { ...answer, certain: true } : answer;
}

/** Quantile by linear interpolation between order statistics (Excel's QUARTILE.INC); values non-empty. */
export function quantile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * p;
  const low = Math.floor(position);
  const high = Math.min(low + 1, sorted.length - 1);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

/** Lower quartile, median and upper quartile of the levels (benchmarking). */
export const quartiles = (values: number[]) => ({ p25: quantile(values, 0.25), median: quantile(values, 0.5), p75: quantile(values, 0.75) });
