import "server-only";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { recordHref } from "../records/registry";
import { collectWork } from "./collect";
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

/** The header bell: what is due soon or overdue. */
export const dueCount = (items: WorkItemView[]) => items.filter((item) => item.state !== "upcoming").length;
