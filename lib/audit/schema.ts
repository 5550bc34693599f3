import { listQuerySchema } from "../api/list";
import { isoDateTime } from "../api/route";
import { text, z } from "../validation/zod";

export const auditEventListQuerySchema = listQuerySchema(["at"] as const).extend({
  /** The record type in singular lower case: action, asset, org_unit… */
  entity: z.string().regex(/^[a-z_]+$/).optional(),
  entityId: text().max(100).optional(),
});
export type AuditEventListQuery = z.output<typeof auditEventListQuerySchema>;

/** An event as the API gives it: the stored fields, plus who by name and the record by title. */
export const auditEventViewSchema = z.object({
  id: z.uuid(),
  at: isoDateTime(),
  actorId: z.uuid().nullable(),
  actorLabel: z.string().nullable(),
  /** The person's name; null for the system or an account that no longer exists. */
  actorName: z.string().nullable(),
  entity: z.string(),
  entityId: z.string(),
  /** The record's title as it is now (or as it was, when it has been deleted); null when unknown. */
  recordTitle: z.string().nullable(),
  /** The record's page, when it has one and still exists. */
  recordHref: z.string().nullable(),
  action: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditEventView = z.output<typeof auditEventViewSchema>;

/** A value in a before → after row, worded for people: the full text, a shortened one, a link. */
export interface AuditValueView {
  text: string;
  /** Set when `text` is long: what to show until "show more" is opened. */
  short: string | null;
  href: string | null;
}

export interface AuditChangeView {
  field: string;
  label: string;
  /** Null when there was no earlier state (a create); `after` is null for a delete. */
  before: AuditValueView | null;
  after: AuditValueView | null;
}

/** An event as the change log and the history panels show it, in the reader's language. */
export interface AuditEntryView {
  id: string;
  at: string;
  actorName: string;
  /** "skapade", "ändrade", "stängde incidenten"… */
  verb: string;
  typeLabel: string;
  record: { title: string; href: string | null };
  changes: AuditChangeView[];
}
