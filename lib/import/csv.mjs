// Plain JavaScript: this module also runs in the import worker, which Node loads without the bundler.
import { parse } from "csv-parse/sync";
import { SheetError } from "./sheet-error.mjs";

const UNLIMITED = { maxRows: Infinity, maxRowElements: Infinity, maxColumns: Infinity, maxCells: Infinity, maxCellChars: Infinity };

/** The delimiter Excel used: semicolon with Swedish settings, comma otherwise — whichever the header has more of. */
function guessDelimiter(source) {
  const firstLine = source.slice(0, source.search(/\r?\n|$/));
  return (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
}

const lastFilled = (record) => {
  let end = record.length;
  while (end > 0 && record[end - 1] === "") end--;
  return end;
};

/**
 * RFC 4180 through csv-parse. With limits it stops at the first record past them (csv-parse hands
 * each record to `on_record` as it is read, so the rest of the file is not split).
 */
export function parseCsv(text, limits = UNLIMITED) {
  const source = text.replace(/^\uFEFF/, "");
  let records = 0;
  let filled = 0;
  let cells = 0;
  const check = (record) => {
    const row = ++records;
    if (record.some((cell) => cell.length > limits.maxCellChars)) throw new SheetError("cell", { row });
    const width = lastFilled(record);
    if (width > limits.maxColumns) throw new SheetError("columns", { row });
    if (records > limits.maxRowElements) throw new SheetError("rows");
    if (width > 0) {
      // The header is not a data row.
      if (++filled > limits.maxRows + 1) throw new SheetError("rows");
      if ((cells += width) > limits.maxCells) throw new SheetError("cells");
    }
    return record;
  };
  // relax_quotes: a quote inside an unquoted cell (`24" skärm`) is text, as Excel writes it.
  return parse(source, { delimiter: guessDelimiter(source), relax_column_count: true, relax_quotes: true, on_record: check });
}

const UTF8 = new TextDecoder("utf-8", { fatal: true });

/**
 * The file's text: UTF-8 (with or without BOM) when the bytes are valid UTF-8, otherwise
 * Windows-1252 — what Swedish Excel's "CSV (semikolonavgränsad)" writes — so å, ä and ö survive.
 */
export function decodeCsv(bytes) {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  try {
    return UTF8.decode(data);
  } catch {
    // Node ≥ 20.18.3 decodes a one-shot windows-1252 call as Latin-1, losing 0x80–0x9F (–, €, ’):
    // nodejs/node#56542. A streamed call goes through ICU's real Windows-1252 table.
    const decoder = new TextDecoder("windows-1252");
    return decoder.decode(data, { stream: true }) + decoder.decode();
  }
}

/** CSV bytes → the non-empty records with their record numbers in the file (header = 1). */
export function readCsv(bytes, limits) {
  return parseCsv(decodeCsv(bytes), limits)
    .map((cells, index) => ({ row: index + 1, cells }))
    .filter(({ cells }) => cells.some((cell) => cell !== ""));
}
