import { isoDateTime, pagedSchema } from "../api/route";
import { listQuerySchema } from "../api/list";
import { z } from "../validation/zod";

export const MAIL_STATUSES = ["pending", "sending", "sent", "failed", "skipped"] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

export const mailLogQuerySchema = listQuerySchema(["createdAt", "status", "toEmail"]).extend({
  status: z.enum(MAIL_STATUSES).optional(),
});
export type MailLogQuery = z.infer<typeof mailLogQuerySchema>;

export const mailLogViewSchema = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  kind: z.enum(["reminder", "digest"]),
  status: z.enum(MAIL_STATUSES),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: isoDateTime(),
  sentAt: isoDateTime().nullable(),
});
export type MailLogView = z.infer<typeof mailLogViewSchema>;
export const mailLogPageSchema = pagedSchema(mailLogViewSchema);
