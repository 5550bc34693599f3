import { answerScore } from "./scoring";
import type { AnswerView, QuestionSetView, ResultView } from "./schema";

export interface QuestionChange {
  code: string;
  text: string;
  level: number;
  areas: string[];
  from: number;
  to: number;
}

/** Per-question points of two responses of the same set, for the side-by-side view. */
export function questionChanges(set: QuestionSetView, from: AnswerView[], to: AnswerView[]): QuestionChange[] {
  const find = (answers: AnswerView[], code: string) => answers.find((answer) => answer.questionCode === code);
  return set.questions.map((question) => ({
    code: question.code,
    text: question.text,
    level: question.level,
    areas: question.areas,
    from: answerScore(question, find(from, question.code)),
    to: answerScore(question, find(to, question.code)),
  }));
}

/** Area levels side by side, in the set's order. */
export function areaChanges(set: QuestionSetView, from: ResultView, to: ResultView) {
  return set.areas.map((area) => ({
    key: area.key,
    name: area.name,
    from: from.areas.find((a) => a.key === area.key)?.level ?? 0,
    to: to.areas.find((a) => a.key === area.key)?.level ?? 0,
  }));
}
