import { describe, expect, it } from "vitest";
import { scoreResponse, type ScoringAnswer, type ScoringQuestion } from "./scoring";

/**
 * A second, independent reading of DESIGN §6, written the other way round: integer arithmetic for
 * K_n (⌈F·(2n+1)/2⌉ as a floor), a cross-multiplied comparison for the uncertain share, and a level
 * found by counting down from 4 with explicit recursion on "level n−1 is reached".
 */
function referenceLevel(questions: ScoringQuestion[], answers: ScoringAnswer[], limits: number[]): number {
  const chosen: Record<string, ScoringAnswer> = {};
  for (const a of answers) chosen[a.questionCode] = a;
  const score = (q: ScoringQuestion): number => {
    const a = chosen[q.code];
    if (!a || a.optionKeys.length === 0) return 0;
    const pts: number[] = [];
    for (const o of q.options) if (a.optionKeys.includes(o.key)) pts.push(o.points);
    if (pts.length === 0) return 0;
    if (q.answerType === "single") return q.options.find((o) => o.key === a.optionKeys[0])?.points ?? 0;
    if (q.answerType === "range") return pts.slice().sort((x, y) => x - y)[0];
    let sum = 0;
    for (const p of pts) sum += p;
    return typeof q.maxPoints === "number" && sum > q.maxPoints ? q.maxPoints : sum;
  };
  let P = 0;
  for (const q of questions) P += score(q);
  const reached = (n: number): boolean => {
    if (n === 0) return true;
    if (!reached(n - 1)) return false;
    let F = 0;
    let answered = 0;
    let uncertain = 0;
    for (const q of questions) {
      if (q.level > n) continue;
      F += 1;
      if (score(q) < n) return false;
      const a = chosen[q.code];
      if (a && a.optionKeys.length > 0) {
        answered += 1;
        if (!a.certain) uncertain += 1;
      }
    }
    const K = Math.floor((F * (2 * n + 1) + 1) / 2);
    if (P < K) return false;
    // uncertain / answered ≤ limit, with limits given in whole per cent to stay exact.
    return answered === 0 || uncertain * 100 <= Math.round(limits[n - 1] * 100) * answered;
  };
  for (let n = 4; n >= 1; n -= 1) if (reached(n)) return n;
  return 0;
}

/** mulberry32: a small seeded PRNG so a failure is reproducible. */
function prng(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AREAS = ["a", "b", "c"];

function randomCase(random: () => number) {
  const int = (max: number) => Math.floor(random() * (max + 1));
  const types = ["single", "multiple", "range"] as const;
  const questions: ScoringQuestion[] = Array.from({ length: 1 + int(14) }, (_, index) => {
    const answerType = types[int(2)];
    return {
      code: `q${index}`,
      level: 1 + int(3),
      areas: AREAS.filter(() => random() < 0.5).concat(random() < 0.3 ? [] : [AREAS[int(2)]]).filter((v, i, all) => all.indexOf(v) === i),
      answerType,
      maxPoints: answerType === "multiple" && random() < 0.5 ? 1 + int(6) : null,
      options: Array.from({ length: 2 + int(4) }, (_, o) => ({ key: `o${o}`, points: int(6) })),
    };
  });
  for (const q of questions) if (q.areas.length === 0) q.areas.push("a");
  const answers: ScoringAnswer[] = questions
    .filter(() => random() < 0.85)
    .map((q) => {
      let keys: string[];
      if (q.answerType === "single") keys = [q.options[int(q.options.length - 1)].key];
      else if (q.answerType === "range") {
        const start = int(q.options.length - 1);
        const end = Math.min(q.options.length - 1, start + int(2));
        keys = q.options.slice(start, end + 1).map((o) => o.key);
      } else keys = q.options.filter(() => random() < 0.5).map((o) => o.key);
      return { questionCode: q.code, optionKeys: keys, certain: random() < 0.75 };
    });
  const limits = [0.5, 0.25, 0.1, 0].map((limit) => (random() < 0.3 ? int(100) / 100 : limit));
  return { questions, answers, limits };
}

describe("MSB scoring rule agrees with an independent implementation", () => {
  it("on 500 random sets and answers", () => {
    const random = prng(20261127);
    const seen = new Set<number>();
    for (let run = 0; run < 500; run += 1) {
      const { questions, answers, limits } = randomCase(random);
      const result = scoreResponse(questions, answers, limits, AREAS);
      const expected = referenceLevel(questions, answers, limits);
      expect({ run, level: result.level }).toEqual({ run, level: expected });
      for (const area of result.areas) {
        const inArea = questions.filter((q) => q.areas.includes(area.key));
        expect({ run, area: area.key, level: area.level }).toEqual({ run, area: area.key, level: referenceLevel(inArea, answers, limits) });
      }
      seen.add(expected);
    }
    // The generator must exercise more than one outcome, or the comparison proves little.
    expect(seen.size).toBeGreaterThanOrEqual(3);
  });
});
