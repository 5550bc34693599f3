import "server-only";
import { hashPassword, verifyPassword } from "../auth/password";
import { endSessions } from "../auth/sessions";
import { recordAudit } from "../audit/trail";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { db, type Tx } from "../db/client";
import { AppError, conflict, forbidden } from "../errors";
import type { AccountUpdate, PasswordChange } from "./account-schema";

/** An account change is recorded in every organisation the person belongs to: each sees its member change. */
async function auditAccount(tx: Tx, principal: Principal, event: { action: string; before?: unknown; after?: unknown }) {
  const memberships = await tx.membership.findMany({ where: { userId: principal.userId }, select: { organizationId: true } });
  for (const { organizationId } of memberships) {
    await recordAudit(tx, principal, { ...event, organizationId, entity: "user", entityId: principal.userId });
  }
}

/** PATCH /api/v1/me, whose row checks me.read. */
export async function updateOwnAccount(principal: Principal, input: AccountUpdate): Promise<{ name: string; version: number }> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: principal.userId } });
    const updated = await tx.user.updateMany({ where: { id: user.id, version: input.version }, data: { name: input.name, version: { increment: 1 } } });
    if (updated.count === 0) throw conflict();
    await auditAccount(tx, principal, { action: "update", before: { name: user.name }, after: { name: input.name } });
    return { name: input.name, version: input.version + 1 };
  });
}

/**
 * Changes the password after checking the current one, and ends every session of the account
 * (the current one too: the page signs in again with the new password). Only in a signed-in
 * session, not with an API token, so a leaked token cannot take over the account. POST
 * /api/v1/me/password, whose row checks me.read.
 */
export async function changeOwnPassword(principal: Principal, input: PasswordChange): Promise<void> {
  if (principal.via !== "session") throw forbidden("Lösenordet byts i appen, inte med en API-nyckel.");
  const user = await db.user.findUniqueOrThrow({ where: { id: principal.userId } });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError(400, "wrong_password", "Det nuvarande lösenordet stämmer inte.", { currentPassword: ["Stämmer inte."] });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    // Conditional on the hash that was checked, so a parallel change is not silently overwritten.
    const updated = await tx.user.updateMany({ where: { id: user.id, passwordHash: user.passwordHash }, data: { passwordHash, version: { increment: 1 } } });
    if (updated.count === 0) throw conflict("Lösenordet har just ändrats. Logga in igen.");
    await endSessions(tx, user.id);
    await auditAccount(tx, principal, { action: "password_change" });
  });
}

/** What the "Mitt konto" page shows and edits. */
export async function ownAccount(principal: Principal): Promise<{ name: string; email: string; version: number; hasPassword: boolean }> {
  authorize(principal, "me.read");
  const user = await db.user.findUniqueOrThrow({ where: { id: principal.userId } });
  return { name: user.name, email: user.email, version: user.version, hasPassword: !!user.passwordHash };
}
