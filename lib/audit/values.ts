import { formatDate, formatDateTime } from "../format";
import type { Locale } from "../i18n/locale";
import type { AuditedType } from "../records/audited";
import type { RecordTitle } from "../records/registry";
import type { RawChange } from "./diff";
import { fieldLabel, HIDDEN_FIELDS, type FieldSpec } from "./fields";
import { auditMessages } from "./messages";
import type { AuditValueView } from "./schema";

/** Titles of the records on the page, by type and id. */
export type TitleIndex = Map<AuditedType, Map<string, RecordTitle>>;

export interface FormatContext {
  locale: Locale;
  spec: FieldSpec | undefined;
  titles: TitleIndex;
  /** `${path}/${id}` for a type with pages of its own. */
  hrefOf: (type: AuditedType, id: string) => string | null;
}

// Longer texts are shortened in the row, with "show more" for the rest.
const LONG = 160;
const SHORT = 120;

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
// Date columns store a day as UTC midnight.
const DAY_ONLY = /T00:00:00(\.0+)?Z$/;

function plainText(value: unknown, field: string, ctx: FormatContext): string {
  const t = auditMessages[ctx.locale];
  if (value === null || value === undefined || value === "") return t.empty;
  if (typeof value === "boolean") return value ? t.yes : t.no;
  if (typeof value === "number" || typeof value === "string") {
    const coded = ctx.spec?.values[field]?.[String(value)];
    if (coded) return coded;
    if (typeof value === "string" && ISO_INSTANT.test(value)) return DAY_ONLY.test(value) ? formatDate(value) : formatDateTime(value);
    return String(value);
  }
  if (Array.isArray(value)) return value.length ? value.map((item) => plainText(item, field, ctx)).join(", ") : t.empty;
  if (typeof value === "object") {
    // Nested rows (an assessment's entries, an incident's obligations): their own words, no ids.
    return Object.entries(value as Record<string, unknown>)
      .filter(([key]) => !HIDDEN_FIELDS.has(key) && !/Id$/.test(key))
      .map(([key, inner]) => `${fieldLabel(ctx.spec, ctx.locale, key)}: ${plainText(inner, key, ctx)}`)
      .join("; ");
  }
  return String(value);
}

function referenceText(value: unknown, type: AuditedType, ctx: FormatContext): { text: string; href: string | null } {
  const t = auditMessages[ctx.locale];
  const ids = (Array.isArray(value) ? value : [value]).filter((id): id is string => typeof id === "string");
  if (ids.length === 0) return { text: t.empty, href: null };
  const found = ids.map((id) => ctx.titles.get(type)?.get(id));
  const text = found.map((title) => title?.title ?? t.removedRecord).join(", ");
  const only = found.length === 1 ? found[0] : undefined;
  return { text, href: only ? (only.href ?? ctx.hrefOf(type, only.id)) : null };
}

/** One side of a before → after row, worded for people. */
export function formatSide(change: RawChange, side: "before" | "after", ctx: FormatContext): AuditValueView {
  const value = change[side];
  const { text, href } = change.ref ? referenceText(value, change.ref, ctx) : { text: plainText(value, change.field, ctx), href: null };
  return { text, short: text.length > LONG ? `${text.slice(0, SHORT).trimEnd()}…` : null, href };
}
