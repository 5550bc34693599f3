import "server-only";
import { authorize } from "../authz/authorize";
import type { Principal, Role } from "../authz/roles";
import { db } from "../db/client";
import { badRequest } from "../errors";
import type { MeView } from "./account-schema";

export async function me(principal: Principal): Promise<MeView> {
  authorize(principal, "me.read");
  const [memberships, account] = await Promise.all([
    db.membership.findMany({ where: { userId: principal.userId }, include: { organization: true }, orderBy: { createdAt: "asc" } }),
    db.user.findUniqueOrThrow({ where: { id: principal.userId }, select: { version: true } }),
  ]);
  return {
    id: principal.userId,
    email: principal.email,
    name: principal.name,
    role: principal.role,
    organization: { id: principal.organizationId, slug: principal.organizationSlug, name: principal.organizationName },
    organizations: memberships.map((m) => ({ id: m.organizationId, slug: m.organization.slug, name: m.organization.name, role: m.role as Role })),
    version: account.version,
  };
}

/** Checks that the user belongs to the organisation they switch to. */
export async function assertMembership(principal: Principal, organizationId: string): Promise<void> {
  const membership = await db.membership.findUnique({ where: { userId_organizationId: { userId: principal.userId, organizationId } } });
  if (!membership) throw badRequest("Du är inte medlem i den organisationen.", { organizationId: ["Okänd organisation."] });
}
