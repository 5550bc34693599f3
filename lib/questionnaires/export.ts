import "server-only";
import type { Principal } from "../authz/roles";
import { exportResponse, type ExportColumn } from "../export/table";
import { getQuestionSet, getResponse } from "./queries";
import type { AnswerView, QuestionView } from "./schema";
import { answerScore } from "./scoring";

export type SetExportFormat = "json" | "csv" | "xlsx";
type Row = { question: QuestionView; option: QuestionView["options"][number] };

// One row per option, so MSB's own Excel layout (a question over several option rows) maps onto it.
const columns: ExportColumn<Row>[] = [
  { header: "Kod", value: (r) => r.question.code },
  { header: "Nivå", kind: "number", value: (r) => r.question.level },
  { header: "Arbetsområden", value: (r) => r.question.areas.join(", ") },
  { header: "Fråga", value: (r) => r.question.text, width: 60 },
  { header: "Kommentar", value: (r) => r.question.comment, width: 40 },
  { header: "Svarstyp", value: (r) => r.question.answerType },
  { header: "Maxpoäng", kind: "number", value: (r) => r.question.maxPoints },
  { header: "Källa", value: (r) => r.question.source },
  { header: "Förifyllning", value: (r) => r.question.prefill?.indicator },
  { header: "Alternativ", value: (r) => r.option.key },
  { header: "Svarsalternativ", value: (r) => r.option.label, width: 60 },
  { header: "Poäng", kind: "number", value: (r) => r.option.points },
];

/**
 * A set as JSON (exactly the body POST /api/v1/questionnaires takes, so an export imports as a new
 * set) or as a table with one row per option.
 */
export async function exportQuestionSet(principal: Principal, id: string, format: SetExportFormat): Promise<Response> {
  const set = await getQuestionSet(principal, id);
  if (format === "json") {
    const body = { title: set.title, source: set.source, areas: set.areas, uncertainLimits: set.uncertainLimits, questions: set.questions };
    return new Response(JSON.stringify(body, null, 2), {
      headers: { "content-type": "application/json; charset=utf-8", "content-disposition": 'attachment; filename="fragor.json"' },
    });
  }
  const rows = set.questions.flatMap((question) => question.options.map((option) => ({ question, option })));
  return exportResponse(format, "fragor", columns, rows);
}

type AnswerRow = { question: QuestionView; answer?: AnswerView; points: number; areaNames: string };

const answerColumns: ExportColumn<AnswerRow>[] = [
  { header: "Kod", value: (r) => r.question.code },
  { header: "Nivå", kind: "number", value: (r) => r.question.level },
  { header: "Arbetsområden", value: (r) => r.areaNames, width: 40 },
  { header: "Fråga", value: (r) => r.question.text, width: 60 },
  { header: "Svar", value: (r) => r.answer?.optionKeys.map((key) => r.question.options.find((o) => o.key === key)?.label ?? key).join("\n"), width: 60 },
  { header: "Poäng", kind: "number", value: (r) => r.points },
  { header: "Säker bedömning", value: (r) => (r.answer ? r.answer.certain : null) },
  { header: "Underlag", value: (r) => r.answer?.evidence.map((e) => e.title ?? e.label ?? e.id).join("\n"), width: 40 },
  { header: "Anteckning", value: (r) => r.answer?.note, width: 40 },
];

/** A measurement's answers with their points, one row per question, for reporting. */
export async function exportResponseAnswers(principal: Principal, setId: string, responseId: string, format: "csv" | "xlsx"): Promise<Response> {
  const [set, response] = await Promise.all([getQuestionSet(principal, setId), getResponse(principal, setId, responseId)]);
  const rows = set.questions.map((question) => {
    const answer = response.answers.find((a) => a.questionCode === question.code);
    const areaNames = question.areas.map((key) => set.areas.find((area) => area.key === key)?.name ?? key).join(", ");
    return { question, answer, points: answerScore(question, answer), areaNames };
  });
  return exportResponse(format, "uppfoljning", answerColumns, rows);
}
