import "server-only";
import { MAX_UPLOAD_BYTES, readUploadedFile } from "../api/body";
import { parseSheet } from "../assets/import-parse";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { AppError, badRequest } from "../errors";
import { BUILTIN_AREAS } from "./builtin";
import { questionSetCreateSchema, type QuestionSetView } from "./schema";
import { createQuestionSet } from "./service";

const HEADERS = { code: "Kod", level: "Nivå", areas: "Arbetsområden", text: "Fråga", comment: "Kommentar", answerType: "Svarstyp", maxPoints: "Maxpoäng", source: "Källa", optionKey: "Alternativ", optionLabel: "Svarsalternativ", points: "Poäng" };
type Column = keyof typeof HEADERS;

const number = (value: string) => (value === "" ? null : Number(value.replace(",", ".")));

/**
 * Rows (one per option, as the export writes them) to a set: consecutive rows with the same code
 * are one question. Area names come from MSB's ten areas when the key is one of them.
 */
export function setFromRows(title: string, headers: string[], rows: { cells: string[] }[]) {
  const index = Object.fromEntries(Object.entries(HEADERS).map(([key, header]) => [key, headers.indexOf(header)])) as Record<Column, number>;
  const missing = Object.entries(index).filter(([, at]) => at < 0).map(([key]) => HEADERS[key as Column]);
  if (missing.length) throw badRequest("Kolumner saknas i filen.", { file: [`Saknas: ${missing.join(", ")}.`] });
  const cell = (cells: string[], column: Column) => cells[index[column]] ?? "";
  const questions: Record<string, unknown>[] = [];
  for (const { cells } of rows) {
    const code = cell(cells, "code");
    let question = questions.at(-1);
    if (!question || question.code !== code) {
      question = {
        code,
        level: number(cell(cells, "level")),
        areas: cell(cells, "areas").split(",").map((area) => area.trim()).filter(Boolean),
        text: cell(cells, "text"),
        comment: cell(cells, "comment") || null,
        answerType: cell(cells, "answerType"),
        maxPoints: number(cell(cells, "maxPoints")),
        source: cell(cells, "source") || "own",
        options: [],
      };
      questions.push(question);
    }
    (question.options as unknown[]).push({ key: cell(cells, "optionKey"), label: cell(cells, "optionLabel"), points: number(cell(cells, "points")) });
  }
  const keys = [...new Set(questions.flatMap((question) => question.areas as string[]))];
  const areas = keys.map((key) => ({ key, name: BUILTIN_AREAS.find((area) => area.key === key)?.name ?? key }));
  return { title, areas, questions };
}

export async function importQuestionSet(principal: Principal, request: Request): Promise<QuestionSetView> {
  authorize(principal, "questionnaires.write");
  const { form, bytes } = await readUploadedFile(request, MAX_UPLOAD_BYTES);
  const title = String(form.get("title") ?? "").trim() || "Importerad frågeuppsättning";
  const sheet = await parseSheet(bytes);
  const parsed = questionSetCreateSchema.safeParse(setFromRows(title, sheet.headers, sheet.rows));
  if (!parsed.success) {
    const fields: Record<string, string[]> = {};
    for (const issue of parsed.error.issues.slice(0, 200)) (fields[issue.path.join(".") || "file"] ??= []).push(issue.message);
    throw badRequest("Frågorna i filen stämmer inte.", fields);
  }
  return createQuestionSet(principal, parsed.data);
}
