import "server-only";
import ExcelJS from "exceljs";
import { badRequest } from "../errors";

/** A sheet as text: the header row and the data rows with their row numbers in the file (header = row 1). */
export interface ParsedSheet {
  headers: string[];
  rows: { row: number; cells: string[] }[];
}

/** RFC 4180 with the delimiter Excel used (semicolon in Swedish settings, comma otherwise). */
export function parseCsv(text: string): string[][] {
  const source = text.replace(/^\uFEFF/, "");
  const firstLine = source.slice(0, source.search(/\r?\n|$/));
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') (field += '"'), i++;
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === "") quoted = true;
    else if (char === delimiter) record.push(field), (field = "");
    else if (char === "\n" || char === "\r") {
      if (char === "\r" && source[i + 1] === "\n") i++;
      record.push(field), records.push(record), (record = []), (field = "");
    } else field += char;
  }
  if (field !== "" || record.length) record.push(field), records.push(record);
  return records;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== "object") return String(value);
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("text" in value) return String(value.text);
  if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
  return "";
}

async function parseXlsx(buffer: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch {
    throw badRequest("Filen kunde inte läsas som Excel.", { file: ["Spara filen som .xlsx eller .csv."] });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const records: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const values = row.values as ExcelJS.CellValue[];
    records[rowNumber - 1] = values.slice(1).map(cellText);
  });
  return Array.from(records, (record) => record ?? []);
}

/** .xlsx (a zip: starts with "PK") or CSV, whatever the file is called. */
export async function parseSheet(buffer: Buffer): Promise<ParsedSheet> {
  const isZip = buffer.length > 1 && buffer[0] === 0x50 && buffer[1] === 0x4b;
  const records = isZip ? await parseXlsx(buffer) : parseCsv(buffer.toString("utf8"));
  const [headers = [], ...data] = records;
  return {
    headers: headers.map((header) => header.trim()),
    rows: data
      .map((cells, index) => ({ row: index + 2, cells: cells.map((cell) => cell.trim()) }))
      .filter(({ cells }) => cells.some((cell) => cell !== "")),
  };
}
