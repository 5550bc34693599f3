import "server-only";
import { randomBytes } from "node:crypto";
import { hashPassword } from "../auth/password";
import { recordAudit } from "../audit/trail";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { db } from "../db/client";
import { badRequest, conflict, notFound } from "../errors";
import { toUserView } from "./queries";
import type { UserCreate, UserUpdate, UserView } from "./schema";

/** Adds a user to the organisation (creating the account when the e-mail is new). */
export async function createUser(principal: Principal, input: UserCreate): Promise<UserView> {
  authorize(principal, "users.manage");
  const passwordHash = await hashPassword(input.password ?? randomBytes(24).toString("base64url"));
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: input.email }, include: { memberships: true } });
    if (existing?.memberships.some((m) => m.organizationId === principal.organizationId)) {
      throw badRequest("Användaren finns redan i organisationen.", { email: ["Finns redan."] });
    }
    const user = existing ?? (await tx.user.create({ data: { email: input.email, name: input.name, passwordHash } }));
    const membership = await tx.membership.create({
      data: { userId: user.id, organizationId: principal.organizationId, role: input.role },
      include: { user: true },
    });
    const view = toUserView(membership);
    await recordAudit(tx, principal, { entity: "user", entityId: user.id, action: "create", after: view });
    return view;
  });
}

export async function updateUser(principal: Principal, userId: string, input: UserUpdate): Promise<UserView> {
  const { version, role, password, ...userChanges } = input;
  return db.$transaction(async (tx) => {
    const membership = await tx.membership.findFirst({ where: { userId, organizationId: principal.organizationId }, include: { user: true } });
    if (!membership) throw notFound();
    authorize(principal, "users.manage", membership);
    if (membership.user.version !== version) throw conflict();
    if (userId === principal.userId && (role && role !== "admin" || userChanges.active === false)) {
      throw badRequest("Du kan inte ta bort din egen administratörsroll eller stänga av dig själv.");
    }
    const before = toUserView(membership);
    const updated = await tx.user.updateMany({
      where: { id: userId, version },
      data: { ...userChanges, ...(password ? { passwordHash: await hashPassword(password) } : {}), version: { increment: 1 } },
    });
    if (updated.count === 0) throw conflict();
    const after = await tx.membership.update({ where: { id: membership.id }, data: role ? { role } : {}, include: { user: true } });
    const view = toUserView(after);
    await recordAudit(tx, principal, { entity: "user", entityId: userId, action: "update", before, after: view });
    return view;
  });
}

/** Removes the user from this organisation (the account stays for its other memberships). */
export async function removeUser(principal: Principal, userId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const membership = await tx.membership.findFirst({ where: { userId, organizationId: principal.organizationId }, include: { user: true } });
    if (!membership) throw notFound();
    authorize(principal, "users.manage", membership);
    if (userId === principal.userId) throw badRequest("Du kan inte ta bort dig själv.");
    await tx.membership.delete({ where: { id: membership.id } });
    await recordAudit(tx, principal, { entity: "user", entityId: userId, action: "delete", before: toUserView(membership) });
  });
}
