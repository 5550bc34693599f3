import "server-only";
import type { db, Prisma, Tx } from "../db/client";
import type { DecisionKind, DecisionView } from "./schema";

export const decisionInclude = {} as const;
export type DecisionRow = Prisma.ManagementReviewDecisionGetPayload<{ include: typeof decisionInclude }>;

/** Decisions with where their actions stand now (status, due date, owner), fetched once for all rows. */
export async function toDecisionViews(client: Tx | typeof db, rows: DecisionRow[], now = new Date()): Promise<DecisionView[]> {
  const actionIds = rows.flatMap((row) => (row.actionId ? [row.actionId] : []));
  const actions = actionIds.length ? await client.action.findMany({ where: { id: { in: actionIds } }, select: { id: true, title: true, status: true, dueAt: true, ownerId: true } }) : [];
  const ownerIds = [...new Set(actions.flatMap((action) => (action.ownerId ? [action.ownerId] : [])))];
  const owners = ownerIds.length ? await client.user.findMany({ where: { id: { in: ownerIds } }, select: { id: true, name: true } }) : [];
  const ownerName = new Map(owners.map((owner) => [owner.id, owner.name]));
  const byId = new Map(actions.map((action) => [action.id, action]));
  return rows.map((row) => {
    const action = row.actionId ? byId.get(row.actionId) : undefined;
    return {
      id: row.id,
      reviewId: row.reviewId,
      text: row.text,
      kind: row.kind as DecisionKind,
      action: action
        ? {
            id: action.id,
            title: action.title,
            status: action.status,
            dueAt: action.dueAt?.toISOString() ?? null,
            ownerName: action.ownerId ? (ownerName.get(action.ownerId) ?? null) : null,
            overdue: (action.status === "planned" || action.status === "in_progress") && !!action.dueAt && action.dueAt < now,
          }
        : null,
      createdAt: row.createdAt.toISOString(),
    };
  });
}
