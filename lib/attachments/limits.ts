import { DEFAULT_MAX_ATTACHMENT_BYTES } from "./schema";

/**
 * The per-file limit: `ISMS_ATTACHMENT_MAX_BYTES` (bytes) or 25 MB. Capped at 1 GiB, since the size
 * is kept as a 32-bit integer and a file is held in memory while it is checked.
 */
export function maxAttachmentBytes(): number {
  const configured = Number(process.env.ISMS_ATTACHMENT_MAX_BYTES);
  if (!Number.isFinite(configured) || configured <= 0) return DEFAULT_MAX_ATTACHMENT_BYTES;
  return Math.min(Math.floor(configured), 1024 ** 3);
}

/** One request may carry several files, but not more than four files at the limit in all. */
export const maxUploadBytes = (perFile: number) => perFile * 4 + 1024 * 1024;
