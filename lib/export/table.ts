import "server-only";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import type { ExportFormat } from "./format";

export { exportFormatSchema, type ExportFormat } from "./format";

export interface ExportColumn<Row> {
  header: string;
  value: (row: Row) => string | number | boolean | Date | null | undefined;
  width?: number;
}

function cellText(value: ReturnType<ExportColumn<unknown>["value"]>): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "boolean") return value ? "ja" : "nej";
  return String(value);
}

/** What a spreadsheet opening a CSV file reads as the start of a formula (OWASP: CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text that a spreadsheet would run as a formula gets a leading apostrophe, so it is shown as
 * the text it is. Numbers stay numbers: a negative number is a value, not a formula.
 */
export const neutralizeFormula = (text: string) => (FORMULA_START.test(text) ? `'${text}` : text);

const csvCell = (value: ReturnType<ExportColumn<unknown>["value"]>) =>
  typeof value === "string" ? neutralizeFormula(value) : cellText(value);

/**
 * Semicolon-separated with a UTF-8 BOM: what Excel with Swedish settings opens directly. A cell
 * with a line break is quoted too (csv-stringify quotes only the record delimiter by default).
 */
export function toCsv<Row>(columns: ExportColumn<Row>[], rows: Row[]): string {
  const records = [columns.map((c) => csvCell(c.header)), ...rows.map((row) => columns.map((c) => csvCell(c.value(row))))];
  return stringify(records, { delimiter: ";", record_delimiter: "\r\n", bom: true, quoted_match: /[\r\n]/ });
}

/** Strings are written as text cells (exceljs writes a formula only for a `{ formula }` value), so nothing is evaluated. */
export async function toXlsx<Row>(columns: ExportColumn<Row>[], rows: Row[], sheetName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width ?? Math.max(12, c.header.length + 2) }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    sheet.addRow(columns.map((c) => {
      const value = c.value(row);
      return value === undefined ? null : typeof value === "boolean" ? (value ? "ja" : "nej") : value;
    }));
  }
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A download response for a filtered list: `<name>-YYYY-MM-DD.csv|xlsx`. */
export async function exportResponse<Row>(format: ExportFormat, name: string, columns: ExportColumn<Row>[], rows: Row[]): Promise<Response> {
  const filename = `${name}-${new Date().toISOString().slice(0, 10)}.${format}`;
  const body = format === "csv" ? toCsv(columns, rows) : new Uint8Array(await toXlsx(columns, rows, name));
  return new Response(body, {
    headers: {
      "content-type": format === "csv" ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-disposition": `attachment; filename="${filename}"`,
    },
  });
}
