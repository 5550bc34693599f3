import { randomUUID } from "node:crypto";
import type { Principal, Role } from "../lib/authz/roles";
import { db } from "../lib/db/client";

/** A fresh organisation per test keeps tests independent within one database. */
export async function createOrganization(name = "Testkommunen") {
  return db.organization.create({ data: { name, slug: `test-${randomUUID().slice(0, 8)}`, kind: "kommun" } });
}

export async function createPrincipal(organization: { id: string; slug: string; name: string }, role: Role, name?: string): Promise<Principal> {
  const email = `${role}-${randomUUID().slice(0, 8)}@test.se`;
  const user = await db.user.create({
    data: { email, name: name ?? `Test ${role}`, memberships: { create: { organizationId: organization.id, role } } },
  });
  return {
    userId: user.id,
    email,
    name: user.name,
    role,
    organizationId: organization.id,
    organizationSlug: organization.slug,
    organizationName: organization.name,
    via: "session",
  };
}

/** An organisation with one principal per role. */
export async function createOrgWithRoles() {
  const organization = await createOrganization();
  const [admin, ciso, informationOwner, auditor, management, reporter] = await Promise.all(
    (["admin", "ciso", "information_owner", "auditor", "management", "reporter"] as const).map((role) => createPrincipal(organization, role)),
  );
  return { organization, admin, ciso, informationOwner, auditor, management, reporter };
}

export async function createOrgUnit(organizationId: string, name = `Enhet ${randomUUID().slice(0, 6)}`) {
  return db.orgUnit.create({ data: { organizationId, name } });
}
