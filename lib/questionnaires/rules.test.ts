import { describe, expect, it } from "vitest";
import { RuleViolation } from "../validation/rule-violation";
import { assertAnswers, defaultPeriod, levelLabel, normaliseAnswer, prefillOption } from "./rules";

const options = ["a", "b", "c", "d"].map((key, points) => ({ key, points }));
const questions = [
  { code: "s", answerType: "single" as const, options },
  { code: "r", answerType: "range" as const, options },
  { code: "m", answerType: "multiple" as const, options },
];

function fieldsOf(answers: { questionCode: string; optionKeys: string[] }[]) {
  try {
    assertAnswers(questions, answers);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(RuleViolation);
    return Object.keys((error as RuleViolation).fields ?? {});
  }
}

describe("questionnaire answer rules", () => {
  it("accepts adjacent range options in any order and several options on multiple", () => {
    expect(fieldsOf([{ questionCode: "r", optionKeys: ["c", "b"] }, { questionCode: "m", optionKeys: ["a", "d"] }, { questionCode: "s", optionKeys: [] }])).toBeNull();
  });

  it("names each bad answer: gap in a range, two on single, unknown option, unknown or repeated question", () => {
    expect(fieldsOf([{ questionCode: "r", optionKeys: ["a", "c"] }])).toEqual(["answers.0.optionKeys"]);
    expect(fieldsOf([{ questionCode: "s", optionKeys: ["a", "b"] }])).toEqual(["answers.0.optionKeys"]);
    expect(fieldsOf([{ questionCode: "m", optionKeys: ["z"] }])).toEqual(["answers.0.optionKeys"]);
    expect(fieldsOf([{ questionCode: "x", optionKeys: [] }, { questionCode: "s", optionKeys: ["a"] }, { questionCode: "s", optionKeys: ["b"] }])).toEqual(["answers.0.questionCode", "answers.2.questionCode"]);
  });

  it("maps an indicator value to the option whose range holds it", () => {
    const rule = { indicator: "x", ranges: [{ min: 1, max: 1, optionKey: "all" }, { min: 0.5, max: 0.99, optionKey: "half" }, { min: 0, max: 0, optionKey: "none" }] };
    expect(prefillOption(rule, 1)).toBe("all");
    expect(prefillOption(rule, 0.5)).toBe("half");
    expect(prefillOption(rule, 0.3)).toBeNull();
    expect(prefillOption(rule, null)).toBeNull();
  });

  it("counts a pre-filled answer as certain, names level 0 'under nivå 1', and defaults to the last two years", () => {
    expect(normaliseAnswer({ certain: false, prefill: { indicator: "x" } }).certain).toBe(true);
    expect(normaliseAnswer({ certain: false, prefill: null }).certain).toBe(false);
    expect(levelLabel(0)).toBe("Under nivå 1");
    expect(levelLabel(2, "en")).toBe("Level 2");
    const period = defaultPeriod(new Date("2026-11-27T00:00:00Z"));
    expect([period.from.toISOString().slice(0, 10), period.to.toISOString().slice(0, 10)]).toEqual(["2024-11-28", "2026-11-27"]);
  });
});
