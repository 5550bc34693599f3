import "server-only";
import { DEFAULT_SHEET_LIMITS, type SheetLimits } from "../import/limits";
import { parseSheetInWorker } from "../import/parse";

export { parseCsv } from "../import/csv.mjs";

/** A sheet as text: the header row and the data rows with their row numbers in the file (header = row 1). */
export interface ParsedSheet {
  headers: string[];
  rows: { row: number; cells: string[] }[];
}

/** Spaces around a value go; a leading tab stays, as written (it is not whitespace to a spreadsheet). */
const trimCell = (cell: string) => cell.replace(/^ +/, "").trimEnd();

/** .xlsx or CSV, whatever the file is called, read off the request thread within the limits. */
export async function parseSheet(buffer: Uint8Array, limits: SheetLimits = DEFAULT_SHEET_LIMITS): Promise<ParsedSheet> {
  const records = await parseSheetInWorker(buffer, limits);
  const headers = records.find(({ row }) => row === 1)?.cells ?? [];
  return {
    headers: headers.map((header) => header.trim()),
    rows: records
      .filter(({ row }) => row > 1)
      .map(({ row, cells }) => ({ row, cells: cells.map(trimCell) }))
      .filter(({ cells }) => cells.some((cell) => cell !== "")),
  };
}
