import { describe, expect, it } from "vitest";
import { areaChanges, questionChanges } from "./compare";
import type { AnswerView, QuestionSetView, ResultView } from "./schema";

const options = [{ key: "a", label: "A", points: 0 }, { key: "b", label: "B", points: 2 }];
const set = {
  areas: [{ key: "x", name: "X" }, { key: "y", name: "Y" }],
  questions: ["q1", "q2"].map((code) => ({ code, level: 1, areas: ["x"], text: code, comment: null, answerType: "single", maxPoints: null, options, prefill: null, source: "own" })),
} as unknown as QuestionSetView;
const answer = (questionCode: string, key: string): AnswerView => ({ questionCode, optionKeys: [key], certain: true, note: null, evidence: [], prefill: null });
const result = (areas: { key: string; level: number }[]) => ({ areas }) as ResultView;

describe("comparing two measurements", () => {
  it("gives each question's points in both, unanswered as 0", () => {
    expect(questionChanges(set, [answer("q1", "a")], [answer("q1", "b"), answer("q2", "b")]).map(({ code, from, to }) => ({ code, from, to }))).toEqual([
      { code: "q1", from: 0, to: 2 },
      { code: "q2", from: 0, to: 2 },
    ]);
  });

  it("gives each area's level in both, in the set's order", () => {
    expect(areaChanges(set, result([{ key: "y", level: 1 }]), result([{ key: "x", level: 2 }, { key: "y", level: 1 }]))).toEqual([
      { key: "x", name: "X", from: 0, to: 2 },
      { key: "y", name: "Y", from: 1, to: 1 },
    ]);
  });
});
