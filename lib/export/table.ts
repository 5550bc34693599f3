import "server-only";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import { stockholmDateTime, stockholmDay, stockholmWallClock } from "../dates";
import type { ExportFormat } from "./format";

export { exportFormatSchema, type ExportFormat } from "./format";

type PlainValue = string | number | boolean | null | undefined;
/** A date column takes an instant or a "YYYY-MM-DD" day; an instant is read on the Stockholm calendar. */
type DateValue = Date | string | null | undefined;

/**
 * A column declares its kind once and every register's CSV and Excel file follow it: "datetime" is
 * an instant shown on the Stockholm wall clock, "date" a Stockholm calendar day; "text" (the
 * default) and "number" write the value as it is.
 */
export type ExportColumn<Row> =
  | { header: string; kind: "date" | "datetime"; value: (row: Row) => DateValue; width?: number }
  | { header: string; kind?: "text" | "number"; value: (row: Row) => PlainValue; width?: number };

type Kind = NonNullable<ExportColumn<unknown>["kind"]>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
export const EXCEL_FORMAT = { date: "yyyy-mm-dd", datetime: "yyyy-mm-dd hh:mm" } as const;

/** The Stockholm day of a date column's value: a plain day is already one. */
const dayOf = (value: Date | string) => (typeof value === "string" && DAY.test(value) ? value : stockholmDay(new Date(value)));

export const isDateKind = (kind: Kind): kind is "date" | "datetime" => kind === "date" || kind === "datetime";

function cellText(kind: Kind, value: DateValue | PlainValue): string {
  if (value === null || value === undefined || value === "") return "";
  if (isDateKind(kind) && typeof value !== "number" && typeof value !== "boolean") {
    return kind === "date" ? dayOf(value) : stockholmDateTime(new Date(value));
  }
  if (typeof value === "boolean") return value ? "ja" : "nej";
  return String(value);
}

/** Excel has no time zones: a date cell carries the Stockholm wall clock in its UTC fields. */
export function xlsxValue(kind: Kind, value: DateValue | PlainValue): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (isDateKind(kind) && typeof value !== "number" && typeof value !== "boolean") {
    if (value === "") return null;
    return kind === "date" ? new Date(`${dayOf(value)}T00:00:00Z`) : stockholmWallClock(new Date(value));
  }
  return typeof value === "boolean" ? (value ? "ja" : "nej") : value;
}

/** What a spreadsheet opening a CSV file reads as the start of a formula (OWASP: CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text that a spreadsheet would run as a formula gets a leading apostrophe, so it is shown as
 * the text it is. Numbers stay numbers: a negative number is a value, not a formula.
 */
export const neutralizeFormula = (text: string) => (FORMULA_START.test(text) ? `'${text}` : text);

export const kindOf = <Row>(column: ExportColumn<Row>): Kind => column.kind ?? "text";

export const csvCell = (kind: Kind, value: DateValue | PlainValue) =>
  typeof value === "string" && !isDateKind(kind) ? neutralizeFormula(value) : cellText(kind, value);

/**
 * Semicolon-separated with a UTF-8 BOM: what Excel with Swedish settings opens directly. A cell
 * with a line break is quoted too (csv-stringify quotes only the record delimiter by default).
 */
export function toCsv<Row>(columns: ExportColumn<Row>[], rows: Row[]): string {
  const records = [columns.map((c) => csvCell("text", c.header)), ...rows.map((row) => columns.map((c) => csvCell(kindOf(c), c.value(row))))];
  return stringify(records, { delimiter: ";", record_delimiter: "\r\n", bom: true, quoted_match: /[\r\n]/ });
}

/** Headers and widths: a date column wide enough for its value, any column for its header. */
export const excelColumns = <Row>(columns: ExportColumn<Row>[]) =>
  columns.map((c) => ({ header: c.header, width: c.width ?? Math.max(kindOf(c) === "datetime" ? 18 : 12, c.header.length + 2) }));

/** A download response for a filtered list already in memory: `<name>-YYYY-MM-DD.csv|xlsx`. */
export async function exportResponse<Row>(format: ExportFormat, name: string, columns: ExportColumn<Row>[], rows: Row[]): Promise<Response> {
  // stream.ts builds on this module's cells; loading it here keeps the two from importing each other at start-up.
  const { exportStreamResponse, oneBatch } = await import("./stream");
  return exportStreamResponse(format, name, columns, oneBatch(rows));
}
