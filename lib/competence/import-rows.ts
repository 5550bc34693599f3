import "server-only";
import { AppError, badRequest } from "../errors";
import { MAX_UPLOAD_BYTES, readUploadedFile } from "../api/body";
import type { ParsedSheet } from "../assets/import-parse";

// Shared by the HR import and the learning platform's import: headers, cells and row errors.

/** `fields` keys as the issue names them: `rad 7.employeeNumber` (spreadsheet row, header = row 1). */
export type RowErrors = Record<string, string[]>;
const MAX_REPORTED = 500;

export function addError(errors: RowErrors, row: number, field: string, message: string) {
  if (Object.keys(errors).length >= MAX_REPORTED) return;
  (errors[`rad ${row}.${field}`] ??= []).push(message);
}

/** Column index per field from the header row, accepting Swedish and English names. */
export function mapHeaders<F extends string>(headers: string[], names: Record<F, string[]>): Partial<Record<F, number>> {
  const index: Partial<Record<F, number>> = {};
  const normal = headers.map((header) => header.trim().toLowerCase());
  for (const [field, aliases] of Object.entries(names) as [F, string[]][]) {
    const at = normal.findIndex((header) => aliases.includes(header));
    if (at >= 0) index[field] = at;
  }
  return index;
}

export const cell = (cells: string[], at: number | undefined) => (at === undefined ? "" : (cells[at] ?? "").trim());

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A day as YYYY-MM-DD (or an Excel serial day number); undefined when it does not parse. */
export function parseDay(text: string): Date | undefined {
  if (/^\d{4}-\d{2}-\d{2}/.test(text)) {
    const date = new Date(`${text.slice(0, 10)}T00:00:00Z`);
    return Number.isNaN(date.getTime()) ? undefined : date;
  }
  if (/^\d{5}(\.\d+)?$/.test(text)) return new Date(EXCEL_EPOCH + Math.floor(Number(text)) * 86_400_000);
  return undefined;
}

/** A date-time (ISO 8601) or a day; undefined when it does not parse. */
export function parseInstant(text: string): Date | undefined {
  if (/^\d{4}-\d{2}-\d{2}T/.test(text)) {
    const date = new Date(text);
    return Number.isNaN(date.getTime()) ? undefined : date;
  }
  return parseDay(text);
}

export function assertSheet(sheet: ParsedSheet, missing: string[], maxRows: number) {
  if (missing.length) throw badRequest("Kolumner saknas i filen.", { file: missing.map((header) => `Kolumnen "${header}" saknas.`) });
  if (sheet.rows.length === 0) throw badRequest("Filen innehåller inga rader.", { file: ["Lägg till minst en rad under rubrikraden."] });
  if (sheet.rows.length > maxRows) throw badRequest("För många rader.", { file: [`Högst ${maxRows} rader per import.`] });
}

export function rowErrorsFailure(errors: RowErrors): AppError {
  return badRequest(`Ingenting importerades: fel i ${Object.keys(errors).length} fält.`, errors);
}

/** The multipart upload's `file` part, within the upload limit. */
export async function readUpload(request: Request): Promise<Uint8Array> {
  const { bytes } = await readUploadedFile(request, MAX_UPLOAD_BYTES);
  return bytes;
}
