import "server-only";
import { paged, pageArgs, type ListResult } from "../api/list";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { db, type Prisma } from "../db/client";
import { notFound } from "../errors";
import { indicatorProviders } from "../indicators/registry";
import { indicatorWindow } from "../indicators/queries";
import type { PerspectiveKey } from "../maturity/msb-model";
import { userNames } from "../users/names";
import type { ObjectiveListQuery, ObjectiveView } from "./schema";

export type ObjectiveRow = Prisma.ObjectiveGetPayload<object>;

/** Objectives with their indicator's current value: each perspective's indicators computed once per page. */
export async function toObjectiveViews(rows: ObjectiveRow[]): Promise<ObjectiveView[]> {
  const perspectives = new Set(rows.filter((row) => row.indicatorKey).map((row) => row.perspective));
  const organizationId = rows[0]?.organizationId;
  const window = indicatorWindow({});
  const [names, computed] = await Promise.all([
    userNames(rows.map((row) => row.ownerId)),
    organizationId ? Promise.all(indicatorProviders.filter((provider) => perspectives.has(provider.perspective)).map((provider) => provider.compute(organizationId, window))) : [],
  ]);
  const indicators = new Map(computed.flat().map((item) => [item.key, item]));
  return rows.map((row) => {
    const indicator = row.indicatorKey ? indicators.get(row.indicatorKey) : undefined;
    return {
      id: row.id,
      title: row.title,
      perspective: row.perspective as PerspectiveKey,
      indicatorKey: row.indicatorKey,
      target: row.target,
      current: indicator?.value ?? null,
      unit: indicator?.unit ?? null,
      dueAt: row.dueAt?.toISOString().slice(0, 10) ?? null,
      ownerId: row.ownerId,
      ownerName: row.ownerId ? (names.get(row.ownerId) ?? null) : null,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
      version: row.version,
    };
  });
}

export async function listObjectives(principal: Principal, query: ObjectiveListQuery): Promise<ListResult<ObjectiveView>> {
  authorize(principal, "management-reviews.read");
  const where: Prisma.ObjectiveWhereInput = {
    organizationId: principal.organizationId,
    ...(query.perspective ? { perspective: query.perspective } : {}),
    ...(query.q ? { title: { contains: query.q, mode: "insensitive" as const } } : {}),
  };
  return paged(query, db.objective.findMany({ where, ...pageArgs(query, { dueAt: "asc" }) }), db.objective.count({ where }), toObjectiveViews);
}

export async function getObjective(principal: Principal, id: string): Promise<ObjectiveView> {
  const row = await db.objective.findUnique({ where: { id } });
  if (!row || row.organizationId !== principal.organizationId) throw notFound();
  authorize(principal, "management-reviews.read", row);
  return (await toObjectiveViews([row]))[0];
}
