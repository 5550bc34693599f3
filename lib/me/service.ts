import "server-only";
import { authorize } from "../authz/authorize";
import type { Principal, Role } from "../authz/roles";
import { db } from "../db/client";
import { badRequest } from "../errors";
import { z } from "../validation/zod";

export interface MeView {
  id: string;
  email: string;
  name: string;
  role: Role;
  organization: { id: string; slug: string; name: string };
  organizations: { id: string; slug: string; name: string; role: Role }[];
}

export const switchOrganizationSchema = z.object({ organizationId: z.uuid() });

export async function me(principal: Principal): Promise<MeView> {
  authorize(principal, "me.read");
  const memberships = await db.membership.findMany({
    where: { userId: principal.userId },
    include: { organization: true },
    orderBy: { createdAt: "asc" },
  });
  return {
    id: principal.userId,
    email: principal.email,
    name: principal.name,
    role: principal.role,
    organization: { id: principal.organizationId, slug: principal.organizationSlug, name: principal.organizationName },
    organizations: memberships.map((m) => ({ id: m.organizationId, slug: m.organization.slug, name: m.organization.name, role: m.role as Role })),
  };
}

/** Checks that the user belongs to the organisation they switch to. */
export async function assertMembership(principal: Principal, organizationId: string): Promise<void> {
  const membership = await db.membership.findUnique({ where: { userId_organizationId: { userId: principal.userId, organizationId } } });
  if (!membership) throw badRequest("Du är inte medlem i den organisationen.", { organizationId: ["Okänd organisation."] });
}
