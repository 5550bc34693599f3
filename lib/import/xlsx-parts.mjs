// Plain JavaScript: this module runs in the import worker, which Node loads without the bundler.
//
// An .xlsx is a zip of XML parts. exceljs (kept for writing) reads a whole workbook into memory,
// and its stream reader inflates every zip entry without a bound; so the import reads the parts
// itself with two libraries exceljs is built on, resolved through exceljs so they are the versions
// it ships with: JSZip opens the zip from its directory and inflates only the parts asked for, as
// streams, each through a counter that stops at the byte limit (the sizes in the zip's headers are
// never trusted), and saxes parses the XML as it streams.
import { createRequire } from "node:module";
import path from "node:path";
import { Transform } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import { SheetError } from "./sheet-error.mjs";

const fromExceljs = createRequire(createRequire(import.meta.url).resolve("exceljs"));
const JSZip = fromExceljs("jszip");
const { SaxesParser } = fromExceljs("saxes");

/** The zip's files by path; "unreadable" when it is not a zip. */
export async function openZip(bytes) {
  let zip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new SheetError("unreadable");
  }
  const files = new Map();
  zip.forEach((name, file) => {
    if (!file.dir && !files.has(name)) files.set(name, file);
  });
  return files;
}

/** A part's inflated bytes, failing with "size" once all parts together pass `budget.max`. */
export function inflate(file, budget) {
  const counter = new Transform({
    transform(chunk, _encoding, done) {
      budget.used += chunk.length;
      if (budget.used > budget.max) done(new SheetError("size"));
      else done(null, chunk);
    },
  });
  const source = file.nodeStream("nodebuffer");
  source.on("error", (error) => counter.destroy(error));
  return source.pipe(counter);
}

const localName = (name) => name.slice(name.indexOf(":") + 1);

/**
 * saxes hands over a text node only when it ends, so a text node longer than any cell can hold is
 * refused while it streams: this counts the characters since the last tag (entities may spell one
 * character in up to ten).
 */
function textRunGuard(maxCellChars) {
  const maxRun = maxCellChars * 10;
  let run = 0;
  let inTag = false;
  return (chunk) => {
    for (let at = 0; at < chunk.length; ) {
      if (inTag) {
        const end = chunk.indexOf(">", at);
        if (end === -1) return;
        inTag = false;
        at = end + 1;
      } else {
        const start = chunk.indexOf("<", at);
        run += (start === -1 ? chunk.length : start) - at;
        if (run > maxRun) throw new SheetError("cell");
        if (start === -1) return;
        run = 0;
        inTag = true;
        at = start + 1;
      }
    }
  };
}

/**
 * Streams a part through saxes, calling `open(name, attributes)`, `text(text)` and `close(name)`
 * with names stripped of any namespace prefix. A handler stops the walk by throwing.
 */
export async function walk(stream, limits, { open, text, close }) {
  const parser = new SaxesParser();
  if (open) parser.on("opentag", (node) => open(localName(node.name), node.attributes));
  if (text) parser.on("text", text), parser.on("cdata", text);
  if (close) parser.on("closetag", (node) => close(localName(node.name)));
  const guard = textRunGuard(limits.maxCellChars);
  const decoder = new StringDecoder("utf8");
  for await (const chunk of stream) {
    const xml = decoder.write(chunk);
    guard(xml);
    parser.write(xml);
  }
  parser.write(decoder.end());
  parser.close();
}

const partPath = (target) => (target.startsWith("/") ? target.slice(1) : path.posix.join("xl", target));

/** The first sheet in the workbook's order (workbook.xml and its relationships), else the lowest-numbered sheet part. */
export async function firstSheetPath(files, budget, limits) {
  let firstId;
  const workbook = files.get("xl/workbook.xml");
  if (workbook) {
    await walk(inflate(workbook, budget), limits, {
      open: (name, attributes) => {
        if (name === "sheet" && firstId === undefined) firstId = Object.entries(attributes).find(([key]) => localName(key) === "id")?.[1];
      },
    });
  }
  const targets = new Map();
  const rels = files.get("xl/_rels/workbook.xml.rels");
  if (rels) await walk(inflate(rels, budget), limits, { open: (name, attributes) => name === "Relationship" && targets.set(attributes.Id, attributes.Target) });
  const target = firstId !== undefined ? targets.get(firstId) : undefined;
  if (target && files.has(partPath(target))) return partPath(target);
  const numbered = [...files.keys()].map((name) => /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(name)).filter(Boolean);
  numbered.sort((a, b) => Number(a[1]) - Number(b[1]));
  return numbered[0]?.[0];
}

/** The shared-string table: each `<si>`'s text runs joined, phonetic guides left out. */
export async function sharedStrings(files, budget, limits) {
  const strings = [];
  const part = files.get("xl/sharedStrings.xml");
  if (!part) return strings;
  let current = "";
  let capture = false;
  let phonetic = false;
  await walk(inflate(part, budget), limits, {
    open: (name) => {
      if (name === "si") current = "";
      else if (name === "rPh") phonetic = true;
      else if (name === "t") capture = !phonetic;
    },
    text: (text) => {
      if (!capture) return;
      current += text;
      if (current.length > limits.maxCellChars) throw new SheetError("cell");
    },
    close: (name) => {
      if (name === "t") capture = false;
      else if (name === "rPh") phonetic = false;
      else if (name === "si") strings.push(current);
    },
  });
  return strings;
}
