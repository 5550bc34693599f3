import "server-only";
import { pageArgs, paged, type ListResult } from "../api/list";
import { authorize } from "../authz/authorize";
import type { Principal, Role } from "../authz/roles";
import { db } from "../db/client";
import type { UserListQuery, UserView } from "./schema";

const withUser = { user: true } as const;
type MembershipRow = Awaited<ReturnType<typeof db.membership.findFirstOrThrow<{ include: typeof withUser }>>>;

export function toUserView(row: MembershipRow): UserView {
  return {
    id: row.user.id,
    email: row.user.email,
    name: row.user.name,
    role: row.role as Role,
    active: row.user.active,
    // The record an organisation's admin edits is the membership (PATCH sends its version).
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

export async function listUsers(principal: Principal, query: UserListQuery): Promise<ListResult<UserView>> {
  authorize(principal, "users.read");
  const where = {
    organizationId: principal.organizationId,
    ...(query.role ? { role: query.role } : {}),
    ...(query.q
      ? { user: { OR: [{ name: { contains: query.q, mode: "insensitive" as const } }, { email: { contains: query.q, mode: "insensitive" as const } }] } }
      : {}),
  };
  const { skip, take, orderBy } = pageArgs(query, { name: "asc" });
  const userOrder = orderBy.map((entry) => ("id" in entry ? entry : { user: entry }));
  return paged(query, db.membership.findMany({ where, include: withUser, skip, take, orderBy: userOrder }), db.membership.count({ where }), (rows) => rows.map(toUserView));
}

export async function getUser(principal: Principal, userId: string): Promise<UserView> {
  const row = await db.membership.findFirst({ where: { userId, organizationId: principal.organizationId }, include: withUser });
  authorize(principal, "users.read", row);
  return toUserView(row!);
}

/** Users of the organisation for pickers (owner, handler…). */
export async function userOptions(principal: Principal): Promise<{ id: string; name: string; role: Role }[]> {
  const rows = await db.membership.findMany({
    where: { organizationId: principal.organizationId, user: { active: true } },
    include: withUser,
    orderBy: { user: { name: "asc" } },
  });
  return rows.map((row) => ({ id: row.userId, name: row.user.name, role: row.role as Role }));
}
