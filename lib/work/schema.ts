import { isoDateTime, itemsSchema } from "../api/route";
import { writeObject, z } from "../validation/zod";
import { WORK_KINDS } from "./types";

export const FREQUENCIES = ["immediately", "daily", "weekly", "off"] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const workItemViewSchema = z.object({
  kind: z.enum(WORK_KINDS),
  /** A record type of lib/records/registry.ts (`action`, `asset`, `incident`…). */
  recordType: z.string(),
  recordId: z.string(),
  subKey: z.string().nullable(),
  title: z.string(),
  dueAt: isoDateTime(),
  state: z.enum(["upcoming", "due_soon", "overdue"]),
  href: z.string().nullable(),
});
export type WorkItemView = z.infer<typeof workItemViewSchema>;
export const myWorkSchema = itemsSchema(workItemViewSchema);

export const preferenceViewSchema = z.object({
  kind: z.enum(WORK_KINDS),
  frequency: z.enum(FREQUENCIES),
  /** The user may not turn this kind off (incident obligations for ciso and handler). */
  required: z.boolean(),
});
export type PreferenceView = z.infer<typeof preferenceViewSchema>;
export const preferencesSchema = itemsSchema(preferenceViewSchema);

export const preferencesUpdateSchema = writeObject({
  items: z.array(writeObject({ kind: z.enum(WORK_KINDS), frequency: z.enum(FREQUENCIES) })).min(1).max(WORK_KINDS.length),
});
export type PreferencesUpdate = z.infer<typeof preferencesUpdateSchema>;

export const calendarFeedViewSchema = z.object({
  active: z.boolean(),
  createdAt: isoDateTime().nullable(),
  /** Only in the answer that created or rotated it: the secret is not stored. */
  url: z.string().nullable(),
});
export type CalendarFeedView = z.infer<typeof calendarFeedViewSchema>;
