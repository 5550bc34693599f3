import "server-only";
import { containsText, type OptionsAnswer, type RecordOption } from "../api/options";
import { authorize, rolesWith } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { db } from "../db/client";
import { USER_DUTIES, type UserOptionsQuery } from "./duties";

/**
 * The server-searched user picker (owner, handler): active members by name. Names only: a picker
 * needs no e-mail address, and the roles that pick owners need not read the user register. With a
 * `duty`, only members whose role can carry it (lib/users/duties.ts).
 */
export async function userNameOptions(principal: Principal, query: UserOptionsQuery): Promise<OptionsAnswer> {
  authorize(principal, "users.names");
  const role = query.duty ? { in: rolesWith(USER_DUTIES[query.duty]) } : undefined;
  const rows = await db.membership.findMany({
    where: { organizationId: principal.organizationId, role, user: { active: true, name: containsText(query.q) } },
    select: { user: { select: { id: true, name: true } } },
    orderBy: [{ user: { name: "asc" } }, { userId: "asc" }],
    take: query.take,
  });
  return { items: rows.map((row): RecordOption => row.user) };
}
