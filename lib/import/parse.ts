import "server-only";
import path from "node:path";
import { type AppError, badRequest } from "../errors";
import { logger } from "../logger";
import type { SheetLimits, SheetRow } from "./limits";

// The worker file is loaded by Node from the source tree, the same file under vitest, `next dev` and
// `next start` (all run in the project folder). Turbopack bundles `new Worker()` of an imported
// worker_threads on its own and breaks the worker's lookup of exceljs's libraries, ignoring
// turbopackIgnore there; taken from the runtime, the Worker class is left alone.
const { Worker } = process.getBuiltinModule("node:worker_threads");
const WORKER_FILE = path.join(process.cwd(), "lib", "import", "sheet.worker.mjs");

type Outcome = { ok: true; rows: SheetRow[] } | { ok: false; reason: string; detail: { row?: number } };

function runWorker(bytes: Uint8Array, limits: SheetLimits): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    // Time and heap are the last resort: the sheet limits end a hostile file long before.
    const resourceLimits = { maxOldGenerationSizeMb: limits.maxHeapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 };
    const worker = new Worker(WORKER_FILE, { workerData: { bytes, limits }, resourceLimits, execArgv: [] });
    let settled = false;
    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      finish();
    };
    const timer = setTimeout(() => settle(() => resolve({ ok: false, reason: "time", detail: {} })), limits.maxMillis);
    worker.once("message", (outcome: Outcome) => settle(() => resolve(outcome)));
    worker.once("error", (error: Error & { code?: string }) => {
      if (error.code === "ERR_WORKER_OUT_OF_MEMORY") settle(() => resolve({ ok: false, reason: "size", detail: {} }));
      else settle(() => reject(error));
    });
    worker.once("exit", (code) => settle(() => reject(new Error(`import worker exited with code ${code} without an answer`))));
  });
}

function refusal(reason: string, detail: { row?: number }, limits: SheetLimits): AppError {
  const at = (text: string) => (detail.row ? `Rad ${detail.row}: ${text}` : text.charAt(0).toUpperCase() + text.slice(1));
  const split = "Dela upp filen i flera filer.";
  switch (reason) {
    case "rows":
      return badRequest("För många rader.", { file: [`Högst ${limits.maxRows} rader per import.`] });
    case "columns":
      return badRequest("För många kolumner.", { file: [at(`högst ${limits.maxColumns} kolumner per rad.`)] });
    case "cells":
      return badRequest("För många ifyllda celler.", { file: [`Högst ${limits.maxCells} celler per import. ${split}`] });
    case "cell":
      return badRequest("En cell innehåller för mycket text.", { file: [at(`högst ${limits.maxCellChars} tecken per cell.`)] });
    case "size":
      return badRequest("Filen innehåller för mycket data.", {
        file: [`Uppackad får filen vara högst ${Math.round(limits.maxInflatedBytes / 1024 / 1024)} MB. ${split}`],
      });
    case "time":
      return badRequest("Filen tog för lång tid att läsa.", { file: [split] });
    default:
      return badRequest("Filen kunde inte läsas som Excel.", { file: ["Spara filen som .xlsx eller .csv."] });
  }
}

/**
 * An uploaded .xlsx (a zip: starts with "PK") or CSV, read in a worker thread with memory and time
 * limits, so a hostile file costs neither the event loop nor the server's memory. Its non-empty
 * rows come back as text, or a 400 that says which limit the file passed.
 */
export async function parseSheetInWorker(bytes: Uint8Array, limits: SheetLimits): Promise<SheetRow[]> {
  const outcome = await runWorker(bytes, limits).catch((error: unknown) => {
    logger.error("import: the worker failed", error);
    throw error;
  });
  if (outcome.ok) return outcome.rows;
  throw refusal(outcome.reason, outcome.detail, limits);
}
