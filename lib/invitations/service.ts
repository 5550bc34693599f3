import "server-only";
import { randomBytes } from "node:crypto";
import { hashToken } from "../auth/token-hash";
import { recordAudit } from "../audit/trail";
import { authorize } from "../authz/authorize";
import type { Principal, Role } from "../authz/roles";
import { db } from "../db/client";
import type { CreatedInvitationView } from "./schema";
import { acceptUrl, INVITATION_DAYS, toInvitationView } from "./views";

interface InvitationInput {
  email: string;
  name: string;
  role: Role;
}

/**
 * "Add user" in an organisation: always an invitation, answered the same way whether or not the
 * e-mail has an account, is already invited or is already a member. Accounts are global, so
 * nothing about one (not even whether it exists) is read here.
 */
export async function inviteMember(principal: Principal, input: InvitationInput, baseUrl: string): Promise<CreatedInvitationView> {
  authorize(principal, "users.manage");
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + INVITATION_DAYS * 24 * 60 * 60 * 1000);
  return db.$transaction(async (tx) => {
    const pending = await tx.invitation.findFirst({ where: { organizationId: principal.organizationId, email: input.email, acceptedAt: null } });
    // A pending invitation is re-issued (new link, the old one stops working) rather than doubled.
    const data = { name: input.name, role: input.role, tokenHash: hashToken(token), invitedById: principal.userId, expiresAt };
    const row = pending
      ? await tx.invitation.update({ where: { id: pending.id }, data: { ...data, createdAt: new Date() } })
      : await tx.invitation.create({ data: { ...data, organizationId: principal.organizationId, email: input.email } });
    const view = toInvitationView(row);
    await recordAudit(tx, principal, {
      entity: "invitation",
      entityId: row.id,
      action: pending ? "reissue" : "create",
      before: pending ? toInvitationView(pending) : undefined,
      after: view,
    });
    return { ...view, acceptUrl: acceptUrl(baseUrl, token) };
  });
}

/** Withdraws a pending invitation of the admin's organisation; its link stops working. */
export async function revokeInvitation(principal: Principal, id: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const row = await tx.invitation.findFirst({ where: { id, acceptedAt: null } });
    authorize(principal, "users.manage", row);
    await tx.invitation.delete({ where: { id: row!.id } });
    await recordAudit(tx, principal, { entity: "invitation", entityId: row!.id, action: "revoke", before: toInvitationView(row!) });
  });
}

