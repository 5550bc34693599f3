import "server-only";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { recordHref } from "../records/registry";
import { askEveryProvider, collectWork } from "./collect";
import type { WorkItemView } from "./schema";
import type { WorkItem } from "./types";

export const toWorkItemView = (item: WorkItem): WorkItemView => ({
  kind: item.kind,
  recordType: item.recordType,
  recordId: item.recordId,
  subKey: item.subKey ?? null,
  title: item.title,
  dueAt: item.dueAt.toISOString(),
  state: item.state,
  href: item.href ?? recordHref(item.recordType, item.recordId),
});

/** Everything open assigned to one user in one organisation, from every register, due first. */
export async function workFor(organizationId: string, userId: string, now: Date): Promise<WorkItemView[]> {
  const items = await collectWork((provider) => provider.forUser(organizationId, userId, now));
  return items
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || a.title.localeCompare(b.title, "sv"))
    .map(toWorkItemView);
}

/** GET /api/v1/me/work and the "Mitt arbete" page. */
export async function myWork(principal: Principal, now = new Date()): Promise<WorkItemView[]> {
  authorize(principal, "me.read");
  return workFor(principal.organizationId, principal.userId, now);
}

/**
 * The header bell, on every page: how much is due soon or overdue. Providers leave `upcoming` out of
 * their queries here, so the bell never reads a user's whole backlog.
 */
export async function dueCount(principal: Principal, now = new Date()): Promise<number> {
  authorize(principal, "me.read");
  const { organizationId, userId } = principal;
  const counts = await askEveryProvider(
    (provider) =>
      provider.countDue
        ? provider.countDue(organizationId, userId, now)
        : provider.forUser(organizationId, userId, now, "due").then((items) => items.filter((item) => item.state !== "upcoming").length),
    0,
  );
  return counts.reduce((sum, count) => sum + count, 0);
}
