import "server-only";
import { paged, type ListResult } from "../api/list";
import { authorize, can } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { db } from "../db/client";
import type { Locale } from "../i18n/locale";
import { getLocale } from "../i18n/server";
import type { AuditEntryView, AuditEventListQuery, AuditEventView } from "./schema";
import { buildAuditEntries, loadTitles, recordOf, wantedTitles, type AuditRowInput } from "./view";

async function auditWhere(principal: Principal, query: AuditEventListQuery) {
  // Searching "who" finds people by name (what the log shows) and by the stored label.
  const named = query.q
    ? await db.user.findMany({ where: { name: { contains: query.q, mode: "insensitive" }, memberships: { some: { organizationId: principal.organizationId } } }, select: { id: true }, take: 200 })
    : [];
  return {
    organizationId: principal.organizationId,
    ...(query.entity ? { entity: query.entity } : {}),
    ...(query.entityId ? { entityId: query.entityId } : {}),
    ...(query.q ? { OR: [{ actorLabel: { contains: query.q, mode: "insensitive" as const } }, { actorId: { in: named.map((user) => user.id) } }] } : {}),
  };
}

/**
 * One page of the trail. Events written in one transaction share their time, so the order within
 * a time is the order of writing (`seq`), never the random id.
 */
async function auditPage(principal: Principal, query: AuditEventListQuery): Promise<ListResult<AuditRowInput>> {
  authorize(principal, "audit-events.read");
  const where = await auditWhere(principal, query);
  const direction = query.sort === "at:asc" ? "asc" : "desc";
  const rows = db.auditEvent.findMany({ where, orderBy: [{ at: direction }, { seq: direction }], skip: (query.page - 1) * query.pageSize, take: query.pageSize, omit: { seq: true } });
  return paged(query, rows, db.auditEvent.count({ where }), (page) => page);
}

/** The API's view: the stored fields, with the actor's name and the record's title and page. */
export async function listAuditEvents(principal: Principal, query: AuditEventListQuery): Promise<ListResult<AuditEventView>> {
  const page = await auditPage(principal, query);
  const titles = await loadTitles(principal.organizationId, wantedTitles(page.items));
  const items = page.items.map((row) => {
    const record = recordOf(row, titles);
    return {
      id: row.id,
      at: row.at.toISOString(),
      actorId: row.actorId,
      actorLabel: row.actorLabel,
      actorName: (row.actorId && titles.get("user")?.get(row.actorId)?.title) || null,
      entity: row.entity,
      entityId: row.entityId,
      recordTitle: record.title,
      recordHref: record.href,
      action: row.action,
      before: row.before,
      after: row.after,
    };
  });
  return { ...page, items };
}

/** The change log page: the same events worded for people in the reader's language. */
export async function auditLogEntries(principal: Principal, query: AuditEventListQuery, locale: Locale): Promise<ListResult<AuditEntryView>> {
  const page = await auditPage(principal, query);
  return { ...page, items: await buildAuditEntries(principal.organizationId, page.items, locale) };
}

/** A record's latest changes for its history panel; null when the role may not read the audit trail. */
export async function recordHistory(principal: Principal, entity: string, entityId: string, locale?: Locale): Promise<AuditEntryView[] | null> {
  if (!can(principal, "audit-events.read")) return null;
  return (await auditLogEntries(principal, { entity, entityId, page: 1, pageSize: 20 }, locale ?? (await getLocale()))).items;
}
