import "server-only";
import { db } from "../db/client";
import type { Locale } from "../i18n/locale";
import { auditedTypeLabels } from "../records/messages";
import { auditedSpec, auditedTypeOf, type AuditedType } from "../records/audited";
import { collectReferences, rawChanges, type RawChange } from "./diff";
import { fieldLabel, fieldSpecs, type FieldSpec } from "./fields";
import { auditMessages, type AuditVerb } from "./messages";
import type { AuditEntryView } from "./schema";
import { formatSide, type TitleIndex } from "./values";

/** The stored columns the views are built from. */
export interface AuditRowInput {
  id: string;
  at: Date;
  actorId: string | null;
  actorLabel: string | null;
  entity: string;
  entityId: string;
  action: string;
  before: unknown;
  after: unknown;
}

// Settings are audited on the organisation, one action per section: `settings.<section>`.
const SETTINGS_PAGES: Record<string, string> = { risk: "/admin/risker", incidents: "/admin/incidenter", classification: "/admin/klassning", maturity: "/mognad/mal", benchmarking: "/admin/jamforelse" };

export const hrefOf = (type: AuditedType, id: string) => {
  const path = auditedSpec(type).path;
  return path ? `${path}/${id}` : null;
};

const add = (wanted: Map<AuditedType, Set<string>>, type: AuditedType, id: string | null) => {
  if (!id) return;
  wanted.set(type, (wanted.get(type) ?? new Set<string>()).add(id));
};

/** Titles of everything the page names: one query per type, the people among them included. */
export async function loadTitles(organizationId: string, wanted: Map<AuditedType, Set<string>>): Promise<TitleIndex> {
  const entries = await Promise.all(
    [...wanted].map(async ([type, ids]) => [type, new Map((await auditedSpec(type).titles(db, organizationId, [...ids])).map((row) => [row.id, row]))] as const),
  );
  return new Map(entries);
}

/** The actor and the record of each row, and what the changes point to. */
export function wantedTitles(rows: AuditRowInput[], changes?: RawChange[][]): Map<AuditedType, Set<string>> {
  const wanted = new Map<AuditedType, Set<string>>();
  rows.forEach((row, index) => {
    add(wanted, "user", row.actorId);
    const type = auditedTypeOf(row.entity);
    if (type) add(wanted, type, row.entityId);
    if (changes) collectReferences(changes[index], wanted);
  });
  return wanted;
}

const snapshotTitle = (row: AuditRowInput): string | null => {
  for (const snapshot of [row.after, row.before]) {
    const value = snapshot && typeof snapshot === "object" ? (snapshot as Record<string, unknown>) : null;
    const title = value?.title ?? value?.name;
    if (typeof title === "string" && title) return title;
  }
  return null;
};

/** The record as it is now, or as the event left it when it has since been deleted. */
export function recordOf(row: AuditRowInput, titles: TitleIndex): { title: string | null; href: string | null; exists: boolean } {
  const type = auditedTypeOf(row.entity);
  const found = type ? titles.get(type)?.get(row.entityId) : undefined;
  if (!type || !found) return { title: snapshotTitle(row), href: null, exists: false };
  const section = row.action.startsWith("settings.") ? row.action.slice("settings.".length) : null;
  const href = section ? (SETTINGS_PAGES[section] ?? found.href ?? null) : (found.href ?? hrefOf(type, row.entityId));
  return { title: found.title, href, exists: true };
}

const isSnapshot = (value: unknown) => value !== null && typeof value === "object";
const field = (snapshot: unknown, key: string) => (snapshot && typeof snapshot === "object" ? (snapshot as Record<string, unknown>)[key] : undefined);

/** The verb for an event: derived from the change where the code says less than the change does. */
export function verbOf(type: AuditedType | null, row: Pick<AuditRowInput, "action" | "before" | "after">): AuditVerb {
  const [was, now] = [field(row.before, "status"), field(row.after, "status")];
  const becomes = (status: string) => now === status && was !== status;
  if (row.action.startsWith("settings.")) return "settings";
  if (row.action.startsWith("obligation.")) return "obligation";
  if (type === "incident" && becomes("closed")) return "incident.close";
  if (type === "incident" && was === "closed" && now !== undefined && now !== "closed") return "incident.reopen";
  if (type === "risk" && becomes("acceptance_proposed")) return "risk.acceptance_proposed";
  if (type === "action" && row.action === "update" && becomes("done")) return "action.complete";
  const verbs = auditMessages.sv.verbs;
  const specific = `${type}.${row.action}`;
  if (Object.hasOwn(verbs, specific)) return specific as AuditVerb;
  return Object.hasOwn(verbs, row.action) ? (row.action as AuditVerb) : "other";
}

/** Fields in the order the register's form shows them; the rest after, as stored. */
function ordered(changes: RawChange[], spec: FieldSpec | undefined): RawChange[] {
  const order = Object.keys(spec?.labels ?? {});
  const rank = (field: string) => {
    const index = order.indexOf(field) >= 0 ? order.indexOf(field) : order.indexOf(field.replace(/Ids?$/, ""));
    return index >= 0 ? index : order.length;
  };
  return changes.map((change, index) => ({ change, index })).sort((a, b) => rank(a.change.field) - rank(b.change.field) || a.index - b.index).map(({ change }) => change);
}

/** The change log's rows in the reader's language: names, linked titles, verbs and before → after. */
export async function buildAuditEntries(organizationId: string, rows: AuditRowInput[], locale: Locale): Promise<AuditEntryView[]> {
  const t = auditMessages[locale];
  const specs = fieldSpecs(locale);
  const specOf = (entity: string) => {
    const type = auditedTypeOf(entity);
    return type ? specs[type] : undefined;
  };
  const changes = rows.map((row) => ordered(rawChanges(row.before, row.after), specOf(row.entity)));
  const titles = await loadTitles(organizationId, wantedTitles(rows, changes));
  return rows.map((row, index) => {
    const type = auditedTypeOf(row.entity);
    const spec = specOf(row.entity);
    const ctx = { locale, spec, titles, hrefOf };
    const record = recordOf(row, titles);
    const section = row.action.startsWith("settings.") ? row.action.slice("settings.".length) : null;
    // A requirement's status row says which requirement it is.
    const code = row.action === "requirement.status" ? field(row.after, "code") : undefined;
    return {
      id: row.id,
      at: row.at.toISOString(),
      actorName: (row.actorId && titles.get("user")?.get(row.actorId)?.title) || (row.actorId ? t.unknownActor : t.system),
      verb: t.verbs[verbOf(type, row)],
      typeLabel: type ? auditedTypeLabels[locale][type] : row.entity,
      record: {
        title: section ? t.settingsSection(t.settingsSections[section] ?? section) : record.exists ? record.title! : `${record.title ?? (type ? auditedTypeLabels[locale][type] : row.entity)} ${t.removedRecord}`,
        href: record.href,
      },
      changes: changes[index].filter((change) => code === undefined || (change.field !== "code" && change.field !== "requirementId")).map((change) => ({
        field: change.field,
        label: `${typeof code === "string" ? `${code} ` : ""}${fieldLabel(spec, locale, change.field)}`,
        before: isSnapshot(row.before) ? formatSide(change, "before", ctx) : null,
        after: isSnapshot(row.after) ? formatSide(change, "after", ctx) : null,
      })),
    };
  });
}
