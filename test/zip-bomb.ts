import { constants, deflateRawSync } from "node:zlib";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
/** A row of inline strings starting in column A. */
export const sheetRow = (row: number, cells: string[]) =>
  `<row r="${row}">${cells.map((text, index) => inline(`${String.fromCharCode(65 + index)}${row}`, text)).join("")}</row>`;

/** Deflated without the final block, so pieces compressed on their own can follow one another. */
const piece = (text: string) => deflateRawSync(Buffer.from(text, "utf8"), { level: 9, finishFlush: constants.Z_SYNC_FLUSH });

interface Entry {
  name: string;
  data: Buffer;
  method: 0 | 8;
  /** What the headers claim; a bomb claims little. */
  size: number;
}

/** A zip with the given entries (CRC left 0: readers of the import do not check it). */
function zip(entries: Entry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(entry.method, 10);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(entry.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.data);
    centrals.push(central, name);
    offset += local.length + name.length + entry.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const stored = (name: string, text: string): Entry => ({ name, data: Buffer.from(text, "utf8"), method: 0, size: Buffer.byteLength(text) });

/**
 * An .xlsx whose only sheet is `head`, then `block` repeated `repeat` times, then `tail`. The block
 * is compressed once and its deflate stream repeated, so a file of a few MB inflates to gigabytes
 * in no time to build — while the zip headers claim a size of 1 kB.
 */
export function xlsxBomb({ head, block, repeat, tail }: { head: string; block: string; repeat: number; tail: string }): Buffer {
  const blockData = piece(block);
  const sheet = Buffer.concat([piece(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN_NS}"><sheetData>${head}`), ...Array<Buffer>(repeat).fill(blockData), deflateRawSync(Buffer.from(`${tail}</sheetData></worksheet>`))]);
  return zip([
    stored(
      "[Content_Types].xml",
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    ),
    stored("_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${REL_NS}"><Relationship Id="rId1" Type="${DOC_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    stored("xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN_NS}" xmlns:r="${DOC_REL}"><sheets><sheet name="Tillgångar" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    stored("xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${REL_NS}"><Relationship Id="rId1" Type="${DOC_REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`),
    { name: "xl/worksheets/sheet1.xml", data: sheet, method: 8, size: 1024 },
  ]);
}
