import type { ActionStatus } from "./schema";

const OPEN: ReadonlyArray<ActionStatus> = ["planned", "in_progress"];

/** An action is overdue when it is still open after its due date. */
export function isOverdue(action: { status: ActionStatus; dueAt: Date | null }, now = new Date()): boolean {
  return OPEN.includes(action.status) && action.dueAt !== null && action.dueAt < now;
}

/** Prisma `where` for overdue actions: one query across every register. */
export function overdueWhere(now = new Date()) {
  return { status: { in: [...OPEN] }, dueAt: { lt: now } };
}

/** Setting status to done stamps completedAt (unless given); leaving done clears it. */
export function completionFor(status: ActionStatus | undefined, completedAt: Date | null | undefined, previous?: Date | null) {
  if (status === undefined) return completedAt === undefined ? {} : { completedAt };
  if (status === "done") return { completedAt: completedAt ?? previous ?? new Date() };
  return { completedAt: null };
}

/** What an action's owner may change on their own action; the rest is the ciso's and admin's. */
export const OWNER_EDITABLE_FIELDS = ["status", "completedAt", "effectNote"] as const;

/** Fields of a change that only a steward (scope "all") may make; empty when the owner may make it. */
export function fieldsBeyondOwner(changes: Record<string, unknown>): string[] {
  return Object.keys(changes).filter((key) => changes[key] !== undefined && !(OWNER_EDITABLE_FIELDS as readonly string[]).includes(key));
}
