// The import worker (lib/import/parse.ts starts it): reads one uploaded spreadsheet off the request
// thread and posts back its rows, or the limit it stopped at. Plain JavaScript, loaded by Node
// itself from the source tree, so it runs the same under vitest, `next start` and `next dev`.
import { parentPort, workerData } from "node:worker_threads";
import { readCsv } from "./csv.mjs";
import { SheetError } from "./sheet-error.mjs";

const { bytes, limits } = workerData;
// .xlsx is a zip (starts with "PK"), whatever the file is called; anything else is read as CSV.
const isZip = bytes.length > 1 && bytes[0] === 0x50 && bytes[1] === 0x4b;

// Outside the try: a module that fails to load is the server's fault, an error event for the parent.
const readXlsx = isZip ? (await import("./xlsx.mjs")).readXlsx : undefined;

try {
  const rows = readXlsx ? await readXlsx(bytes, limits) : readCsv(bytes, limits);
  parentPort.postMessage({ ok: true, rows });
} catch (error) {
  const known = error instanceof SheetError;
  parentPort.postMessage({ ok: false, reason: known ? error.reason : "unreadable", detail: known ? error.detail : {} });
}
