// Plain JavaScript: this module runs in the import worker, which Node loads without the bundler.
import { SheetError } from "./sheet-error.mjs";
import { firstSheetPath, inflate, openZip, sharedStrings, walk } from "./xlsx-parts.mjs";

/** "C12" → 3; a reference without letters gives 0. */
function columnOf(reference) {
  let column = 0;
  for (let i = 0; i < reference.length; i++) {
    const code = reference.charCodeAt(i);
    if (code < 65 || code > 90) break;
    column = column * 26 + code - 64;
  }
  return column;
}

/** A cell as text, as exceljs reads it: numbers as JavaScript prints them, booleans as true/false, errors empty. */
function cellText(type, value, strings) {
  switch (type) {
    case "s":
      return strings[Number(value)] ?? "";
    case "inlineStr":
    case "str":
    case "d":
      return value;
    case "b":
      return value === "1" ? "true" : value === "0" ? "false" : value;
    case "e":
      return "";
    default: {
      const number = parseFloat(value);
      return Number.isNaN(number) ? value : String(number);
    }
  }
}

/** .xlsx bytes → the non-empty rows of the first sheet with their row numbers (header = 1), within the limits. */
export async function readXlsx(bytes, limits) {
  const files = await openZip(bytes);
  const budget = { used: 0, max: limits.maxInflatedBytes };
  const sheetPath = await firstSheetPath(files, budget, limits);
  if (!sheetPath) throw new SheetError("unreadable");
  const strings = await sharedStrings(files, budget, limits);

  const rows = [];
  let elements = 0;
  let cellCount = 0;
  let row = { number: 0, cells: [] };
  let cell = { column: 0, type: "n", value: "" };
  let capture = false;
  let inline = false;
  let phonetic = false;
  await walk(inflate(files.get(sheetPath), budget), limits, {
    open: (name, attributes) => {
      if (name === "row") {
        if (++elements > limits.maxRowElements) throw new SheetError("rows");
        // Row and cell references are optional: without one, the next after the previous.
        const given = Number(attributes.r);
        row = { number: Number.isInteger(given) && given > 0 ? given : row.number + 1, cells: [] };
        cell.column = 0;
      } else if (name === "c") {
        cell = { column: attributes.r ? columnOf(attributes.r) : cell.column + 1, type: attributes.t ?? "n", value: "" };
        capture = false;
      } else if (name === "v") capture = cell.type !== "inlineStr";
      else if (name === "is") inline = true;
      else if (name === "rPh") phonetic = true;
      else if (name === "t") capture = inline && !phonetic;
    },
    text: (text) => {
      if (!capture) return;
      cell.value += text;
      if (cell.value.length > limits.maxCellChars) throw new SheetError("cell", { row: row.number });
    },
    close: (name) => {
      if (name === "v" || name === "t") capture = false;
      else if (name === "is") inline = false;
      else if (name === "rPh") phonetic = false;
      else if (name === "c") {
        const text = cellText(cell.type, cell.value, strings);
        if (text === "" || cell.column < 1) return;
        if (cell.column > limits.maxColumns) throw new SheetError("columns", { row: row.number });
        if (text.length > limits.maxCellChars) throw new SheetError("cell", { row: row.number });
        row.cells[cell.column - 1] = text;
      } else if (name === "row" && row.cells.length > 0) {
        if (rows.length > limits.maxRows) throw new SheetError("rows");
        if ((cellCount += row.cells.length) > limits.maxCells) throw new SheetError("cells");
        rows.push({ row: row.number, cells: Array.from(row.cells, (text) => text ?? "") });
      }
    },
  });
  return rows;
}
