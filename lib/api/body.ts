import { AppError, badRequest, payloadTooLarge } from "../errors";

/** JSON and form bodies of the API and sign-in. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;
/** Uploaded files (imports). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/**
 * Reads a request body as bytes, stopping with 413 as soon as it passes `limit` bytes, so an
 * oversized (or chunked, undeclared) body is never buffered whole.
 */
export async function readBodyBytes(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > limit) throw payloadTooLarge();
  if (!request.body) return new Uint8Array(new ArrayBuffer(0));
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw payloadTooLarge();
    }
    chunks.push(value);
  }
  const body = new Uint8Array(new ArrayBuffer(size));
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** The body as UTF-8 text, limited in bytes. */
export async function readBodyText(request: Request, limit = MAX_BODY_BYTES): Promise<string> {
  return new TextDecoder().decode(await readBodyBytes(request, limit));
}

/**
 * A multipart body read within the limit and parsed by the platform's own parser (undici), so
 * the limit holds before anything is buffered beyond it.
 */
export async function readFormDataLimited(request: Request, limit = MAX_UPLOAD_BYTES): Promise<FormData> {
  const bytes = await readBodyBytes(request, limit);
  const copy = new Request(request.url, { method: "POST", headers: request.headers, body: bytes });
  return copy.formData();
}

/** Room for the multipart framing around a file at the limit. */
const MULTIPART_FRAMING = 64 * 1024;
const FILE_HINT = { file: ["Välj en .xlsx- eller .csv-fil."] };

/**
 * An import's multipart upload: the form (for any other fields) and its one `file` part, within
 * the file limit. Anything that is not multipart with a file is a 400 naming `file`.
 */
export async function readUploadedFile(request: Request, limit = MAX_UPLOAD_BYTES): Promise<{ form: FormData; bytes: Uint8Array }> {
  let form: FormData;
  try {
    form = await readFormDataLimited(request, limit + MULTIPART_FRAMING);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw badRequest("Skicka filen som multipart/form-data.", FILE_HINT);
  }
  const file = form.get("file");
  if (!file || typeof file === "string") throw badRequest("Filen saknas.", FILE_HINT);
  return { form, bytes: new Uint8Array(await file.arrayBuffer()) };
}
