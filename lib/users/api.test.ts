import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import * as usersRoute from "@/app/api/v1/users/route";
import * as userRoute from "@/app/api/v1/users/[id]/route";
import { createOrgWithRoles } from "../../test/factories";
import { callRoute } from "../../test/http";
import { hashPassword } from "../auth/password";
import { db } from "../db/client";

/** Two organisations; A's admin has a real account (name, password) that B's admin must not reach. */
async function twoOrganisations() {
  const a = await createOrgWithRoles();
  const b = await createOrgWithRoles();
  const secretName = `Anna Hemlig ${randomUUID().slice(0, 6)}`;
  await db.user.update({ where: { id: a.admin.userId }, data: { name: secretName, passwordHash: await hashPassword("annas-eget-lösen") } });
  const before = await db.user.findUniqueOrThrow({ where: { id: a.admin.userId } });
  return { a, b, secretName, before };
}

describe("users over HTTP: an organisation's admin manages memberships, never accounts", () => {
  it("answers 'add user' for another organisation's admin exactly as for a fresh e-mail: no membership, no name", async () => {
    const { a, b, secretName } = await twoOrganisations();
    const add = (email: string) => callRoute(usersRoute.POST, b.admin, { body: { email, name: "Som admin skrev", role: "admin" } });
    const existing = await add(a.admin.email);
    const fresh = await add(`ny-${randomUUID().slice(0, 8)}@test.se`);
    expect(existing.status).toBe(201);
    expect(fresh.status).toBe(201);
    expect(Object.keys(existing.json).sort()).toEqual(Object.keys(fresh.json).sort());
    expect(existing.json).toMatchObject({ email: a.admin.email, name: "Som admin skrev", role: "admin", status: "invited", acceptUrl: expect.stringContaining("/invite/") });
    expect(JSON.stringify(existing.json)).not.toContain(secretName);
    expect(await db.membership.count({ where: { userId: a.admin.userId, organizationId: b.organization.id } })).toBe(0);

    // Asking again, or for someone already a member, looks the same: the invitation is re-issued.
    const again = await add(a.admin.email);
    expect(again.status).toBe(201);
    expect(again.json).toMatchObject({ id: existing.json.id, status: "invited" });
    expect(again.json.acceptUrl).not.toBe(existing.json.acceptUrl);
    const member = await add(b.ciso.email);
    expect(member.status).toBe(201);
    expect(Object.keys(member.json).sort()).toEqual(Object.keys(fresh.json).sort());
    expect(JSON.stringify(member.json)).not.toContain(b.ciso.name);
  });

  it("refuses password, name and active on PATCH (400), answers 404 for another organisation's user, and leaves the account untouched", async () => {
    const { a, b, before } = await twoOrganisations();
    const ownMember = await db.membership.findFirstOrThrow({ where: { userId: b.ciso.userId, organizationId: b.organization.id } });
    const patch = (userId: string, body: object) => callRoute(userRoute.PATCH, b.admin, { method: "PATCH", params: { id: userId }, body });
    for (const field of [{ password: "ett-nytt-lösenord" }, { name: "Ny Namn" }, { active: false }]) {
      const answer = await patch(b.ciso.userId, { role: "ciso", ...field, version: ownMember.version });
      expect(answer.status).toBe(400);
      expect(Object.keys(answer.json.error.fields)).toEqual(Object.keys(field));
    }
    expect((await patch(a.admin.userId, { role: "reporter", version: 1 })).status).toBe(404);
    expect((await callRoute(userRoute.DELETE, b.admin, { method: "DELETE", params: { id: a.admin.userId } })).status).toBe(404);
    expect((await callRoute(userRoute.GET, b.admin, { params: { id: a.admin.userId } })).status).toBe(404);

    const after = await db.user.findUniqueOrThrow({ where: { id: a.admin.userId } });
    expect(after).toEqual(before);
    expect(await db.membership.findFirstOrThrow({ where: { userId: a.admin.userId } })).toMatchObject({ organizationId: a.organization.id, role: "admin" });
  });

  it("records role changes and removals in the organisation they concern", async () => {
    const { a, b } = await twoOrganisations();
    const membership = await db.membership.findFirstOrThrow({ where: { userId: b.auditor.userId, organizationId: b.organization.id } });
    const changed = await callRoute(userRoute.PATCH, b.admin, { method: "PATCH", params: { id: b.auditor.userId }, body: { role: "ciso", version: membership.version } });
    expect(changed.status).toBe(200);
    expect(changed.json).toMatchObject({ role: "ciso", version: membership.version + 1 });
    expect((await callRoute(userRoute.DELETE, b.admin, { method: "DELETE", params: { id: b.auditor.userId } })).status).toBe(204);
    expect(await db.user.count({ where: { id: b.auditor.userId } })).toBe(1);

    const events = await db.auditEvent.findMany({ where: { entity: "membership", entityId: b.auditor.userId }, orderBy: { at: "asc" } });
    expect(events.map((e) => [e.organizationId, e.action, e.actorId])).toEqual([
      [b.organization.id, "update", b.admin.userId],
      [b.organization.id, "delete", b.admin.userId],
    ]);
    expect(await db.auditEvent.count({ where: { organizationId: a.organization.id, entityId: b.auditor.userId } })).toBe(0);
  });
});
