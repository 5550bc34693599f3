import "server-only";
import { containsText, type OptionsAnswer, type OptionsQuery, type RecordOption } from "../api/options";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { db } from "../db/client";

/**
 * The server-searched user picker (owner, handler): active members by name. Names only: a picker
 * needs no e-mail address, and the roles that pick owners need not read the user register.
 */
export async function userNameOptions(principal: Principal, query: OptionsQuery): Promise<OptionsAnswer> {
  authorize(principal, "users.names");
  const rows = await db.membership.findMany({
    where: { organizationId: principal.organizationId, user: { active: true, name: containsText(query.q) } },
    select: { user: { select: { id: true, name: true } } },
    orderBy: [{ user: { name: "asc" } }, { userId: "asc" }],
    take: query.take,
  });
  return { items: rows.map((row): RecordOption => row.user) };
}
