import "server-only";
import { pageArgs, paged, type ListResult } from "../api/list";
import { hashToken } from "../auth/token-hash";
import { authorize } from "../authz/authorize";
import type { Principal, Role } from "../authz/roles";
import { db } from "../db/client";
import type { InvitationListQuery, InvitationView } from "./schema";
import { toInvitationView } from "./views";

/** Pending (not yet accepted) invitations of the admin's organisation, expired ones included. */
export async function listInvitations(principal: Principal, query: InvitationListQuery): Promise<ListResult<InvitationView>> {
  authorize(principal, "users.manage");
  const where = {
    organizationId: principal.organizationId,
    acceptedAt: null,
    ...(query.q ? { OR: [{ email: { contains: query.q, mode: "insensitive" as const } }, { name: { contains: query.q, mode: "insensitive" as const } }] } : {}),
  };
  const { skip, take, orderBy } = pageArgs(query, { createdAt: "desc" });
  const now = new Date();
  return paged(query, db.invitation.findMany({ where, skip, take, orderBy }), db.invitation.count({ where }), (rows) => rows.map((row) => toInvitationView(row, now)));
}

export type InvitationPageState =
  | { state: "invalid" | "used" | "expired" }
  | { state: "valid"; email: string; name: string; role: Role; organizationName: string };

/** What the public accept page may show the holder of a link: the invitation itself, nothing of any account. */
export async function invitationForPage(token: string): Promise<InvitationPageState> {
  if (!/^[\w-]{20,200}$/.test(token)) return { state: "invalid" };
  const row = await db.invitation.findUnique({ where: { tokenHash: hashToken(token) }, include: { organization: true } });
  if (!row) return { state: "invalid" };
  if (row.acceptedAt) return { state: "used" };
  if (row.expiresAt <= new Date()) return { state: "expired" };
  return { state: "valid", email: row.email, name: row.name, role: row.role as Role, organizationName: row.organization.name };
}
