import { fileTypeFromBuffer } from "file-type";

/** What the content turned out to be: the type stored and sent, never the client's claim. */
export interface Detected {
  contentType: string;
}

/** Types recognised from their magic bytes (file-type's `ext`) that are accepted as evidence. */
const BY_MAGIC: Record<string, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  odt: "application/vnd.oasis.opendocument.text",
  ods: "application/vnd.oasis.opendocument.spreadsheet",
  odp: "application/vnd.oasis.opendocument.presentation",
  png: "image/png",
  jpg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  tif: "image/tiff",
  heic: "image/heic",
};

/**
 * Old Office files and Outlook messages are all Compound File Binary containers: the content says
 * "CFB", the name says which. Windows installers (.msi) are CFB too and are refused by their class id.
 */
const CFB_BY_NAME: Record<string, string> = {
  doc: "application/msword",
  xls: "application/vnd.ms-excel",
  ppt: "application/vnd.ms-powerpoint",
  msg: "application/vnd.ms-outlook",
};

/** Text has no magic bytes: accepted by name, when the bytes really are text. */
const TEXT_BY_NAME: Record<string, string> = { txt: "text/plain", csv: "text/csv", md: "text/markdown", eml: "message/rfc822" };

const extension = (name: string) => /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase() ?? "";

/** The root storage's class id: 000C108x-0000-0000-C000-000000000046 marks Windows Installer packages. */
function isInstallerCfb(bytes: Uint8Array): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 512) return false;
  const sectorSize = 2 ** view.getUint16(30, true);
  const rootEntry = (view.getUint32(48, true) + 1) * sectorSize;
  if (sectorSize > 4096 || rootEntry + 128 > bytes.byteLength) return false;
  const data1 = view.getUint32(rootEntry + 80, true);
  return data1 >>> 4 === 0x000c108;
}

/** No NUL and no control characters other than tab, line feed, carriage return and form feed. */
function looksLikeText(bytes: Uint8Array): { ok: boolean; utf8: boolean } {
  for (const byte of bytes) {
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) return { ok: false, utf8: false };
    if (byte === 0x7f) return { ok: false, utf8: false };
  }
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return { ok: true, utf8: true };
  } catch {
    // Not UTF-8: Latin-1/Windows-1252 text (Excel's Swedish CSV) is still text.
    return { ok: true, utf8: false };
  }
}

/** An .eml file starts with RFC 822 header lines ("From: …"), possibly after a blank-free preamble. */
function hasMailHeaders(bytes: Uint8Array): boolean {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  const lines = head.split(/\r?\n/).slice(0, 40);
  const headers = lines.filter((line) => /^[A-Za-z0-9-]+:/.test(line)).map((line) => line.slice(0, line.indexOf(":")).toLowerCase());
  return /^[A-Za-z0-9-]+:/.test(lines[0] ?? "") && ["from", "date", "subject", "to", "message-id"].some((name) => headers.includes(name));
}

/**
 * The file's type from its content, checked against the allow-list (PDF, Office, OpenDocument,
 * images, text, CSV, e-mail); null when it is not allowed (an executable named .pdf, a zip, a script…).
 */
export async function detectType(name: string, bytes: Uint8Array): Promise<Detected | null> {
  const found = await fileTypeFromBuffer(bytes);
  const ext = extension(name);
  if (found) {
    if (found.ext === "cfb") return CFB_BY_NAME[ext] && !isInstallerCfb(bytes) ? { contentType: CFB_BY_NAME[ext] } : null;
    const type = BY_MAGIC[found.ext];
    return type ? { contentType: type } : null;
  }
  const textType = TEXT_BY_NAME[ext];
  if (!textType) return null;
  const text = looksLikeText(bytes);
  if (!text.ok) return null;
  if (ext === "eml" && !hasMailHeaders(bytes)) return null;
  return { contentType: ext === "eml" ? textType : `${textType}; charset=${text.utf8 ? "utf-8" : "windows-1252"}` };
}
