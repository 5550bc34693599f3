import { describe, expect, it } from "vitest";
import { requiredPoints, scoreResponse, type ScoringAnswer, type ScoringQuestion } from "./scoring";

const options = [
  { key: "a", points: 0 },
  { key: "b", points: 1 },
  { key: "c", points: 2 },
  { key: "d", points: 3 },
];

function levelOne(count: number): ScoringQuestion[] {
  return Array.from({ length: count }, (_, index) => ({
    code: `q${index + 1}`,
    level: 1,
    areas: [index % 2 === 0 ? "even" : "odd"],
    answerType: "single" as const,
    options,
  }));
}

const answer = (questionCode: string, optionKeys: string[], certain = true): ScoringAnswer => ({ questionCode, optionKeys, certain });

describe("MSB scoring rule (DESIGN §6)", () => {
  it("requires K_n = ⌈F_n · (n + 0.5)⌉", () => {
    expect(requiredPoints(15, 1)).toBe(23);
    expect(requiredPoints(15, 2)).toBe(38);
    expect(requiredPoints(3, 1)).toBe(5);
    expect(requiredPoints(0, 4)).toBe(0);
  });

  it("gives 15 level-1 questions at one point each 15 points and level 0, and level 1 with 8 more points elsewhere", () => {
    const level2: ScoringQuestion[] = Array.from({ length: 4 }, (_, index) => ({
      code: `l2-${index}`,
      level: 2,
      areas: ["other"],
      answerType: "single",
      options,
    }));
    const questions = [...levelOne(15), ...level2];
    const ones = questions.filter((q) => q.level === 1).map((q) => answer(q.code, ["b"]));
    const under = scoreResponse(questions, ones);
    expect(under.levels[0]).toMatchObject({ level: 1, questions: 15, required: 23, points: 15, minimumMet: true, reached: false });
    expect(under.level).toBe(0);
    expect(under.next).toEqual({ level: 1, pointsMissing: 8, questionsBelowMinimum: [], uncertainToResolve: 0 });

    // 8 more points on the level-2 questions (3 + 3 + 2) reach level 1 without touching level 1.
    const more = [...ones, answer("l2-0", ["d"]), answer("l2-1", ["d"]), answer("l2-2", ["c"])];
    const reached = scoreResponse(questions, more);
    expect(reached.levels[0]).toMatchObject({ points: 23, reached: true });
    expect(reached.level).toBe(1);
    expect(reached.next?.level).toBe(2);
  });

  it("drops the level when one answer too many is uncertain", () => {
    const questions = levelOne(15);
    const base = questions.map((q, index) => answer(q.code, [index < 8 ? "c" : "b"], true));
    // 15 answered: at most 7 uncertain (7/15 ≤ 50 %), 8 uncertain is too many.
    const seven = base.map((a, index) => ({ ...a, certain: index >= 7 }));
    const eight = base.map((a, index) => ({ ...a, certain: index >= 8 }));
    expect(scoreResponse(questions, seven).level).toBe(1);
    const dropped = scoreResponse(questions, eight);
    expect(dropped.level).toBe(0);
    expect(dropped.levels[0].uncertainShare).toBeCloseTo(8 / 15);
    expect(dropped.next?.uncertainToResolve).toBe(1);
  });

  it("scores multiple (capped), range (lowest) and unanswered questions", () => {
    const questions: ScoringQuestion[] = [
      { code: "m", level: 1, areas: ["x"], answerType: "multiple", maxPoints: 4, options },
      { code: "r", level: 1, areas: ["x"], answerType: "range", options },
      { code: "u", level: 1, areas: ["y"], answerType: "single", options },
    ];
    const result = scoreResponse(questions, [answer("m", ["b", "c", "d"]), answer("r", ["c", "d"])]);
    expect(result.levels[0].points).toBe(4 + 2);
    expect(result.next?.questionsBelowMinimum).toEqual(["u"]);
    expect(result.areas).toEqual([
      { key: "x", level: 2 },
      { key: "y", level: 0 },
    ]);
  });
});
