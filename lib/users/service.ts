import "server-only";
import { randomBytes } from "node:crypto";
import { hashPassword } from "../auth/password";
import { recordAudit } from "../audit/trail";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { db } from "../db/client";
import { AppError, badRequest, conflict, notFound } from "../errors";
import { inviteMember } from "../invitations/service";
import type { CreatedInvitationView } from "../invitations/schema";
import { UNKNOWN_FIELD_MESSAGE } from "../validation/zod";
import { toUserView } from "./queries";
import type { UserCreate, UserUpdate, UserView } from "./schema";

/**
 * Operator setting for installations with one organisation: "add user" links an existing account
 * or creates one directly instead of inviting. Off by default, since accounts are shared between
 * organisations and an admin must not be able to pull in (and learn about) someone else's account.
 */
export const directMembership = () => process.env.ISMS_DIRECT_MEMBERSHIP === "true";

/** "Add user": an invitation, or with ISMS_DIRECT_MEMBERSHIP a membership made at once. */
export async function addUser(principal: Principal, input: UserCreate, baseUrl: string): Promise<CreatedInvitationView | UserView> {
  authorize(principal, "users.manage");
  if (directMembership()) return createMemberDirectly(principal, input);
  if (input.password !== undefined) {
    throw badRequest("Lösenordet väljer personen själv när inbjudan accepteras.", { password: [UNKNOWN_FIELD_MESSAGE] });
  }
  return inviteMember(principal, input, baseUrl);
}

async function createMemberDirectly(principal: Principal, input: UserCreate): Promise<UserView> {
  const passwordHash = await hashPassword(input.password ?? randomBytes(24).toString("base64url"));
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: input.email }, include: { memberships: true } });
    if (existing?.memberships.some((m) => m.organizationId === principal.organizationId)) {
      throw new AppError(400, "already_member", "Användaren finns redan i organisationen.", { email: ["Finns redan."] });
    }
    // An existing account keeps its own name and password.
    const user = existing ?? (await tx.user.create({ data: { email: input.email, name: input.name, passwordHash } }));
    const membership = await tx.membership.create({
      data: { userId: user.id, organizationId: principal.organizationId, role: input.role },
      include: { user: true },
    });
    const view = toUserView(membership);
    await recordAudit(tx, principal, { entity: "membership", entityId: user.id, action: "create", after: view });
    return view;
  });
}

/** Changes a member's role in the admin's organisation (the membership, never the account). */
export async function updateUser(principal: Principal, userId: string, input: UserUpdate): Promise<UserView> {
  return db.$transaction(async (tx) => {
    const membership = await tx.membership.findFirst({ where: { userId, organizationId: principal.organizationId }, include: { user: true } });
    if (!membership) throw notFound();
    authorize(principal, "users.manage", membership);
    if (membership.version !== input.version) throw conflict();
    if (userId === principal.userId && input.role !== "admin") throw new AppError(400, "own_admin_role", "Du kan inte ta bort din egen administratörsroll.");
    const updated = await tx.membership.updateMany({ where: { id: membership.id, version: input.version }, data: { role: input.role, version: { increment: 1 } } });
    if (updated.count === 0) throw conflict();
    const after = await tx.membership.findUniqueOrThrow({ where: { id: membership.id }, include: { user: true } });
    const view = toUserView(after);
    await recordAudit(tx, principal, { entity: "membership", entityId: userId, action: "update", before: toUserView(membership), after: view });
    return view;
  });
}

/** Removes the user from this organisation (the account stays for its other memberships). */
export async function removeUser(principal: Principal, userId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const membership = await tx.membership.findFirst({ where: { userId, organizationId: principal.organizationId }, include: { user: true } });
    if (!membership) throw notFound();
    authorize(principal, "users.manage", membership);
    if (userId === principal.userId) throw new AppError(400, "self_removal", "Du kan inte ta bort dig själv.");
    const removed = await tx.membership.deleteMany({ where: { id: membership.id } });
    if (removed.count === 0) throw notFound();
    await recordAudit(tx, principal, { entity: "membership", entityId: userId, action: "delete", before: toUserView(membership) });
  });
}
