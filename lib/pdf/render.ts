import "server-only";
import path from "node:path";

// React-PDF cannot run under the server's react-server condition (React there has no Component),
// so each document is rendered in a worker started without it. Worker is taken from the runtime
// so the bundler leaves it alone, as lib/import/parse.ts does.
const { Worker } = process.getBuiltinModule("node:worker_threads");
const TIMEOUT_MS = 30_000;

/**
 * Renders a PDF from a plain model in the worker `lib/<folder>/<file>` (an .mjs file that builds the
 * document with @react-pdf/renderer and posts the bytes back); rejects after 30 s.
 */
export function renderPdfInWorker(workerPath: string[], model: unknown): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(path.join(process.cwd(), "lib", ...workerPath), { workerData: { model }, execArgv: [] });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error("PDF rendering timed out"));
    }, TIMEOUT_MS);
    worker.once("message", (bytes: Uint8Array) => {
      clearTimeout(timer);
      resolve(bytes);
    });
    worker.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}
