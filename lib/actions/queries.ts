import "server-only";
import { paged, pageArgs, type ListResult } from "../api/list";
import { authorize, scopeOf } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { db } from "../db/client";
import { RECORD_TYPES } from "../records/registry";
import { userNames } from "../users/names";
import { isOverdue, overdueWhere } from "./rules";
import type { ActionListQuery, ActionSourceType, ActionStatus, ActionView } from "./schema";

type ActionRow = Awaited<ReturnType<typeof db.action.findFirstOrThrow>>;

export function toActionView(row: ActionRow, names: Map<string, string> = new Map(), sourceTitles: Map<string, string> = new Map()): ActionView {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    ownerId: row.ownerId,
    ownerName: row.ownerId ? (names.get(row.ownerId) ?? null) : null,
    dueAt: row.dueAt?.toISOString() ?? null,
    status: row.status as ActionStatus,
    completedAt: row.completedAt?.toISOString() ?? null,
    source: row.sourceType && row.sourceId ? { type: row.sourceType as ActionSourceType, id: row.sourceId, title: sourceTitles.get(row.sourceId) ?? null } : null,
    effectNote: row.effectNote,
    overdue: isOverdue({ status: row.status as ActionStatus, dueAt: row.dueAt }),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

/**
 * The titles of the records the actions came from, one query per type, and only of types the reader
 * may read in full: an action must not reveal the title of a risk its reader may not open.
 */
async function sourceTitles(principal: Principal, rows: ActionRow[]): Promise<Map<string, string>> {
  const byType = new Map<ActionSourceType, string[]>();
  for (const row of rows) if (row.sourceType && row.sourceId) byType.set(row.sourceType as ActionSourceType, [...(byType.get(row.sourceType as ActionSourceType) ?? []), row.sourceId]);
  const readable = [...byType].filter(([type]) => scopeOf(principal, RECORD_TYPES[type].read) === "all");
  const titles = await Promise.all(readable.map(([type, ids]) => RECORD_TYPES[type].titles(db, principal.organizationId, ids)));
  return new Map(titles.flat().map((record) => [record.id, record.title]));
}

/** Views for a page of actions, with the owners' names (and, for a reader, the sources' titles) in one query each. */
export async function toActionViews(rows: ActionRow[], principal?: Principal): Promise<ActionView[]> {
  const [names, titles] = await Promise.all([userNames(rows.map((row) => row.ownerId)), principal ? sourceTitles(principal, rows) : new Map<string, string>()]);
  return rows.map((row) => toActionView(row, names, titles));
}

export async function listActions(principal: Principal, query: ActionListQuery): Promise<ListResult<ActionView>> {
  authorize(principal, "actions.read");
  const [sourceType, sourceId] = query.source?.split(":") ?? [];
  const where = {
    organizationId: principal.organizationId,
    ...(query.status ? { status: query.status } : {}),
    ...(query.ownerId ? { ownerId: query.ownerId } : {}),
    ...(query.open === true ? { status: { in: ["planned" as const, "in_progress" as const] } } : {}),
    ...(query.overdue === true ? overdueWhere() : {}),
    ...(sourceType ? { sourceType } : {}),
    ...(sourceId ? { sourceId } : {}),
    ...(query.q ? { title: { contains: query.q, mode: "insensitive" as const } } : {}),
  };
  return paged(query, db.action.findMany({ where, ...pageArgs(query, { dueAt: "asc" }) }), db.action.count({ where }), (page) => toActionViews(page, principal));
}

export async function getAction(principal: Principal, id: string): Promise<ActionView> {
  const row = await db.action.findUnique({ where: { id } });
  authorize(principal, "actions.read", row);
  return (await toActionViews([row!], principal))[0];
}

/** The actions of one register record (a risk's treatment actions, an incident's corrective actions…). */
export async function actionsFor(principal: Principal, sourceType: ActionSourceType, sourceId: string): Promise<ActionView[]> {
  authorize(principal, "actions.read");
  const rows = await db.action.findMany({
    where: { organizationId: principal.organizationId, sourceType, sourceId },
    orderBy: [{ dueAt: "asc" }, { createdAt: "asc" }],
  });
  return toActionViews(rows);
}
