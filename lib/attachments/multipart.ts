import "server-only";
import { Readable } from "node:stream";
import type { ReadableStream as NodeWebStream } from "node:stream/web";
import busboy from "busboy";
import { AppError, badRequest, payloadTooLarge, unsupportedMediaType } from "../errors";
import { maxUploadBytes } from "./limits";
import { MAX_FILES_PER_UPLOAD, MAX_NAME_LENGTH } from "./schema";

export interface UploadedFile {
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
}

export interface UploadForm {
  fields: Record<string, string>;
  files: UploadedFile[];
}

/** The text fields an upload may carry besides its `file` parts. */
const FIELDS = new Set(["entity", "entityId"]);

export const fileTooLarge = (name: string, maxBytes: number) =>
  new AppError(413, "attachment_too_large", `Filen ${name} är större än ${Math.floor(maxBytes / (1024 * 1024))} MB.`, undefined, {
    name,
    maxMb: Math.floor(maxBytes / (1024 * 1024)),
  });

/** The name as the user knows it: no folder (some browsers send one), no control characters. */
export function cleanName(raw: string): string {
  const base = raw.split(/[\\/]/).pop()!.replace(/[\u0000-\u001f\u007f]/g, "").trim();
  return (base || "fil").slice(0, MAX_NAME_LENGTH);
}

/**
 * Reads a multipart upload as it streams in (busboy): each `file` part
 * is kept only up to `maxFileBytes` — one byte more and the request stops with 413 — and the whole
 * request up to four files' worth, so nothing past the limits is ever buffered. `beforeFiles` gets
 * the fields sent before the first file and may refuse the request by throwing.
 */
export async function readUpload(request: Request, maxFileBytes: number, beforeFiles: (fields: Record<string, string>) => Promise<void>): Promise<UploadForm> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("multipart/form-data")) throw unsupportedMediaType("Skicka filerna som multipart/form-data.");
  const total = maxUploadBytes(maxFileBytes);
  if (Number(request.headers.get("content-length") ?? 0) > total) throw payloadTooLarge();
  if (!request.body) throw badRequest("Filen saknas.", { file: ["Välj minst en fil."] });

  const parser = busboy({
    headers: { "content-type": type },
    defParamCharset: "utf8",
    // One byte over the limit is enough to know; busboy stops the part there.
    limits: { fileSize: maxFileBytes + 1, files: MAX_FILES_PER_UPLOAD, fields: 10, fieldSize: 1024, parts: MAX_FILES_PER_UPLOAD + 10 },
  });
  const source = Readable.fromWeb(request.body as unknown as NodeWebStream<Uint8Array>);
  const form: UploadForm = { fields: {}, files: [] };
  let received = 0;
  let gate: Promise<void> | null = null;

  await new Promise<void>((resolve, reject) => {
    const fail = (error: unknown) => {
      source.unpipe(parser);
      source.destroy();
      reject(error);
    };
    parser.on("file", (field, stream, info) => {
      const name = cleanName(info.filename);
      // The fields come first, so whether the user may add files to the record is known (and a
      // refusal stops the request) while the first file is still arriving.
      gate ??= beforeFiles({ ...form.fields }).catch(fail);
      if (field !== "file") return fail(badRequest("Okänt fält.", { [field]: ["Okänt fält."] }));
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on("data", (chunk: Buffer) => {
        size += chunk.byteLength;
        received += chunk.byteLength;
        if (size > maxFileBytes) return fail(fileTooLarge(name, maxFileBytes));
        if (received > total) return fail(payloadTooLarge());
        chunks.push(chunk);
      });
      stream.on("limit", () => fail(fileTooLarge(name, maxFileBytes)));
      stream.on("end", () => {
        if (!stream.truncated) form.files.push({ name, bytes: Buffer.concat(chunks, size) });
      });
    });
    parser.on("field", (field, value, info) => {
      if (!FIELDS.has(field)) return fail(badRequest("Okänt fält.", { [field]: ["Okänt fält."] }));
      if (info.valueTruncated) return fail(badRequest("Fältet är för långt.", { [field]: ["Fältet är för långt."] }));
      form.fields[field] = value;
    });
    parser.on("filesLimit", () => fail(badRequest("För många filer.", { file: [`Högst ${MAX_FILES_PER_UPLOAD} filer åt gången.`] })));
    parser.on("fieldsLimit", () => fail(badRequest("För många fält.")));
    parser.on("partsLimit", () => fail(badRequest("För många delar.")));
    parser.on("error", () => fail(badRequest("Förfrågan är inte giltig multipart/form-data.")));
    parser.on("close", () => void (gate ?? Promise.resolve()).then(() => resolve()));
    source.on("error", fail);
    source.pipe(parser);
  });
  return form;
}
