import "server-only";
import { hashPassword } from "../auth/password";
import { hashToken } from "../auth/token-hash";
import { recordAudit } from "../audit/trail";
import type { Principal, Role } from "../authz/roles";
import { db, type Tx } from "../db/client";
import { accountExists, invitationExpired, invitationForOtherAccount, invitationNotFound, invitationUsed } from "./errors";
import type { AcceptedInvitationView, InvitationAccept, InvitationRegister } from "./schema";

/** The invitation behind a link, if it can still be accepted. */
async function usableInvitation(tx: Tx, token: string) {
  const invitation = await tx.invitation.findUnique({ where: { tokenHash: hashToken(token) }, include: { organization: true } });
  if (!invitation) throw invitationNotFound();
  if (invitation.acceptedAt) throw invitationUsed();
  if (invitation.expiresAt <= new Date()) throw invitationExpired();
  return invitation;
}

type Invitation = Awaited<ReturnType<typeof usableInvitation>>;

/** Creates the membership (an existing one keeps its role) and records it in the inviting organisation. */
async function join(tx: Tx, invitation: Invitation, user: { id: string; email: string }): Promise<AcceptedInvitationView> {
  // Marked used first and conditionally, so two parallel accepts of one link give one membership.
  const claimed = await tx.invitation.updateMany({ where: { id: invitation.id, acceptedAt: null }, data: { acceptedAt: new Date() } });
  if (claimed.count === 0) throw invitationUsed();
  const actor = { userId: user.id, email: user.email, organizationId: invitation.organizationId };
  const existing = await tx.membership.findUnique({ where: { userId_organizationId: { userId: user.id, organizationId: invitation.organizationId } } });
  const membership = existing ?? (await tx.membership.create({ data: { userId: user.id, organizationId: invitation.organizationId, role: invitation.role } }));
  await recordAudit(tx, actor, { entity: "invitation", entityId: invitation.id, action: "accept", after: { email: invitation.email, role: invitation.role } });
  if (!existing) {
    await recordAudit(tx, actor, { entity: "membership", entityId: user.id, action: "create", after: { email: user.email, role: membership.role, invitationId: invitation.id } });
  }
  const { organization } = invitation;
  return { organization: { id: organization.id, slug: organization.slug, name: organization.name }, role: membership.role as Role };
}

/** The signed-in account accepts: proof of the account is the sign-in itself (throttled there). */
export async function acceptInvitation(principal: Principal, input: InvitationAccept): Promise<AcceptedInvitationView> {
  return db.$transaction(async (tx) => {
    const invitation = await usableInvitation(tx, input.token);
    if (invitation.email !== principal.email.toLowerCase()) throw invitationForOtherAccount();
    return join(tx, invitation, { id: principal.userId, email: principal.email });
  });
}

/** A person without an account accepts by creating one with their own name and password. */
export async function registerFromInvitation(input: InvitationRegister): Promise<AcceptedInvitationView & { email: string }> {
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const invitation = await usableInvitation(tx, input.token);
    // An existing account is never taken over here: its owner signs in and accepts.
    if (await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true } })) throw accountExists();
    const user = await tx.user.create({ data: { email: invitation.email, name: input.name, passwordHash } });
    return { ...(await join(tx, invitation, user)), email: user.email };
  });
}
