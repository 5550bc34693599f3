import "server-only";
import { PassThrough, Readable } from "node:stream";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import { csvCell, excelColumns, EXCEL_FORMAT, isDateKind, kindOf, xlsxValue, type ExportColumn } from "./table";
import type { ExportFormat } from "./format";

// A large export (100 000 incidents) must not sit in memory as one string or workbook: rows are read
// a batch at a time, written out, and the response streams while the next batch is read.

/** The same CSV dialect as `toCsv`: semicolons, CRLF, a BOM before the header only. */
async function* csvChunks<Row>(columns: ExportColumn<Row>[], batches: AsyncIterable<Row[]>): AsyncGenerator<Buffer> {
  const options = { delimiter: ";", record_delimiter: "\r\n", quoted_match: /[\r\n]/ } as const;
  yield Buffer.from(stringify([columns.map((c) => csvCell("text", c.header))], { ...options, bom: true }));
  for await (const rows of batches) {
    if (rows.length) yield Buffer.from(stringify(rows.map((row) => columns.map((c) => csvCell(kindOf(c), c.value(row)))), options));
  }
}

/** exceljs's streaming writer: each row is committed (written and forgotten) as soon as it is added. */
function xlsxStream<Row>(columns: ExportColumn<Row>[], batches: AsyncIterable<Row[]>, sheetName: string): PassThrough {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = excelColumns(columns);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: Math.max(columns.length, 1) } };
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.commit();
  const write = async () => {
    for await (const rows of batches) {
      for (const row of rows) {
        const added = sheet.addRow(columns.map((c) => xlsxValue(kindOf(c), c.value(row))));
        columns.forEach((c, index) => {
          const kind = kindOf(c);
          if (isDateKind(kind)) added.getCell(index + 1).numFmt = EXCEL_FORMAT[kind];
        });
        added.commit();
      }
    }
    sheet.commit();
    await workbook.commit();
  };
  write().catch((error: unknown) => output.destroy(error instanceof Error ? error : new Error(String(error))));
  return output;
}

/** A download response for a filtered list, `<name>-YYYY-MM-DD.csv|xlsx`, written while the rows are read. */
export function exportStreamResponse<Row>(format: ExportFormat, name: string, columns: ExportColumn<Row>[], batches: AsyncIterable<Row[]>): Response {
  const filename = `${name}-${new Date().toISOString().slice(0, 10)}.${format}`;
  const source = format === "csv" ? Readable.from(csvChunks(columns, batches)) : xlsxStream(columns, batches, name);
  return new Response(Readable.toWeb(source) as ReadableStream<Uint8Array>, {
    headers: {
      "content-type": format === "csv" ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-disposition": `attachment; filename="${filename}"`,
    },
  });
}

/**
 * A whole workbook in memory, for files that are not downloads (the benchmarks' import files).
 * Strings are written as text cells (exceljs writes a formula only for a `{ formula }` value), so
 * nothing is evaluated. The header row is frozen and carries an autofilter.
 */
export async function toXlsx<Row>(columns: ExportColumn<Row>[], rows: Row[], sheetName: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of xlsxStream(columns, oneBatch(rows), sheetName)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Rows already in memory, as the one batch `exportStreamResponse` reads. */
export async function* oneBatch<Row>(rows: Row[]): AsyncGenerator<Row[]> {
  yield rows;
}
