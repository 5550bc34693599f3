import { isoDateTime } from "../api/route";
import { text, z } from "../validation/zod";

/** The record a file belongs to: its type as the audit trail names it and its id. */
export const attachmentTargetSchema = z.strictObject({
  entity: text().trim().min(1).max(60),
  entityId: z.uuid(),
});
export type AttachmentTarget = z.output<typeof attachmentTargetSchema>;

/** `GET /api/v1/attachments?entity=asset&entityId=…`. */
export const attachmentListQuerySchema = attachmentTargetSchema;

export const attachmentViewSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  contentType: z.string(),
  createdAt: isoDateTime(),
});
export type AttachmentView = z.output<typeof attachmentViewSchema>;

export const attachmentListSchema = z.object({ items: z.array(attachmentViewSchema) });
export type AttachmentList = z.output<typeof attachmentListSchema>;

/** Default per-file limit; `ISMS_ATTACHMENT_MAX_BYTES` changes it. */
export const DEFAULT_MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;
/** How many files one upload request may carry. */
export const MAX_FILES_PER_UPLOAD = 10;
/** File names are kept as sent (without any path), up to this length. */
export const MAX_NAME_LENGTH = 255;
