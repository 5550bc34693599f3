import "server-only";
import { paged, pageArgs, type ListResult } from "../api/list";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { db } from "../db/client";
import { userNames } from "../users/names";
import { isOverdue, overdueWhere } from "./rules";
import type { ActionListQuery, ActionSourceType, ActionStatus, ActionView } from "./schema";

type ActionRow = Awaited<ReturnType<typeof db.action.findFirstOrThrow>>;

export function toActionView(row: ActionRow, names: Map<string, string> = new Map()): ActionView {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    ownerId: row.ownerId,
    ownerName: row.ownerId ? (names.get(row.ownerId) ?? null) : null,
    dueAt: row.dueAt?.toISOString() ?? null,
    status: row.status as ActionStatus,
    completedAt: row.completedAt?.toISOString() ?? null,
    source: row.sourceType && row.sourceId ? { type: row.sourceType as ActionSourceType, id: row.sourceId } : null,
    effectNote: row.effectNote,
    overdue: isOverdue({ status: row.status as ActionStatus, dueAt: row.dueAt }),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

/** Views for a page of actions, with the owners' names in one query. */
export async function toActionViews(rows: ActionRow[]): Promise<ActionView[]> {
  const names = await userNames(rows.map((row) => row.ownerId));
  return rows.map((row) => toActionView(row, names));
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
  return paged(query, db.action.findMany({ where, ...pageArgs(query, { dueAt: "asc" }) }), db.action.count({ where }), toActionViews);
}

export async function getAction(principal: Principal, id: string): Promise<ActionView> {
  const row = await db.action.findUnique({ where: { id } });
  authorize(principal, "actions.read", row);
  return (await toActionViews([row!]))[0];
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
