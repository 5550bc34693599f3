import { randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import * as acceptRoute from "@/app/api/v1/invitations/accept/route";
import * as invitationRoute from "@/app/api/v1/invitations/[id]/route";
import * as invitationsRoute from "@/app/api/v1/invitations/route";
import * as registerRoute from "@/app/api/v1/invitations/register/route";
import * as usersRoute from "@/app/api/v1/users/route";
import type { Principal } from "../authz/roles";
import { createOrgWithRoles } from "../../test/factories";
import { callRoute } from "../../test/http";
import { hashPassword, verifyPassword } from "../auth/password";
import { db } from "../db/client";

async function invite(admin: Principal, email: string, role = "auditor") {
  const answer = await callRoute(usersRoute.POST, admin, { body: { email, name: "Inbjuden", role } });
  expect(answer.status).toBe(201);
  return { id: answer.json.id as string, token: (answer.json.acceptUrl as string).split("/invite/")[1] };
}

/** The register route is open: called without any credentials, as from the accept page. */
async function register(body: object) {
  const request = new NextRequest("http://localhost/api/v1/invitations/register", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  const response = await registerRoute.POST(request);
  return { status: response.status, json: await response.json() };
}

/** "entity action actor" of the organisation's membership events; sorted, as events of one transaction share a time. */
async function auditIn(organizationId: string): Promise<string[]> {
  const events = await db.auditEvent.findMany({ where: { organizationId, entity: { in: ["invitation", "membership"] } } });
  return events.map((e) => `${e.entity} ${e.action} ${e.actorId}`).sort();
}

describe("invitations over HTTP", () => {
  it("a person without an account accepts by choosing name and password; the link then stops working", async () => {
    const { organization, admin } = await createOrgWithRoles();
    const email = `ny-${randomUUID().slice(0, 8)}@test.se`;
    const { token } = await invite(admin, email);
    const accepted = await register({ token, name: "Nora Ny", password: "noras-eget-lösen" });
    expect(accepted.status).toBe(201);
    expect(accepted.json).toEqual({ organization: { id: organization.id, slug: organization.slug, name: organization.name }, role: "auditor", email });
    const user = await db.user.findUniqueOrThrow({ where: { email }, include: { memberships: true } });
    expect(user.name).toBe("Nora Ny");
    expect(await verifyPassword(user.passwordHash, "noras-eget-lösen")).toBe(true);
    expect(user.memberships.map((m) => [m.organizationId, m.role])).toEqual([[organization.id, "auditor"]]);

    const used = await register({ token, name: "Någon", password: "ett-annat-lösen" });
    expect(used.status).toBe(400);
    expect(used.json.error).toMatchObject({ code: "invitation_used", message: expect.stringContaining("redan använts") });
    expect(await auditIn(organization.id)).toEqual([`invitation accept ${user.id}`, `invitation create ${admin.userId}`, `membership create ${user.id}`]);
  });

  it("an existing account is never taken over: it must sign in and accept itself, and its name and password stay", async () => {
    const a = await createOrgWithRoles();
    const b = await createOrgWithRoles();
    await db.user.update({ where: { id: a.admin.userId }, data: { passwordHash: await hashPassword("annas-eget-lösen") } });
    const before = await db.user.findUniqueOrThrow({ where: { id: a.admin.userId } });
    const { token } = await invite(b.admin, a.admin.email, "reporter");

    const takeover = await register({ token, name: "Falskt Namn", password: "angriparens-lösen" });
    expect(takeover.status).toBe(409);
    expect(takeover.json.error.code).toBe("account_exists");
    const otherAccount = await callRoute(acceptRoute.POST, b.ciso, { body: { token } });
    expect(otherAccount.status).toBe(403);
    expect(await db.membership.count({ where: { userId: a.admin.userId, organizationId: b.organization.id } })).toBe(0);

    const accepted = await callRoute(acceptRoute.POST, a.admin, { body: { token } });
    expect(accepted.status).toBe(200);
    expect(accepted.json).toMatchObject({ organization: { id: b.organization.id }, role: "reporter" });
    expect(await db.membership.findFirstOrThrow({ where: { userId: a.admin.userId, organizationId: b.organization.id } })).toMatchObject({ role: "reporter" });
    expect(await db.user.findUniqueOrThrow({ where: { id: a.admin.userId } })).toEqual(before);
    expect(await auditIn(b.organization.id)).toEqual([`invitation accept ${a.admin.userId}`, `invitation create ${b.admin.userId}`, `membership create ${a.admin.userId}`]);
    expect(await auditIn(a.organization.id)).toEqual([]);
  });

  it("an expired or revoked link gives a clear Swedish answer; pending invitations are listed to the admin only", async () => {
    const { admin, ciso } = await createOrgWithRoles();
    const other = await createOrgWithRoles();
    const expired = await invite(admin, `gammal-${randomUUID().slice(0, 8)}@test.se`);
    await db.invitation.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const late = await register({ token: expired.token, name: "Sen", password: "ett-långt-lösen" });
    expect(late.status).toBe(400);
    expect(late.json.error).toMatchObject({ code: "invitation_expired", message: "Inbjudan har gått ut. Be organisationens administratör om en ny inbjudan." });

    const pending = await invite(admin, `vantar-${randomUUID().slice(0, 8)}@test.se`);
    const list = await callRoute(invitationsRoute.GET, admin, { path: "/api/v1/invitations?sort=email:asc" });
    expect(list.json.items.map((i: { id: string; status: string }) => [i.id, i.status]).sort()).toEqual([[expired.id, "expired"], [pending.id, "invited"]].sort());
    expect((await callRoute(invitationsRoute.GET, ciso)).status).toBe(403);

    expect((await callRoute(invitationRoute.DELETE, other.admin, { method: "DELETE", params: { id: pending.id } })).status).toBe(404);
    expect((await callRoute(invitationRoute.DELETE, admin, { method: "DELETE", params: { id: pending.id } })).status).toBe(204);
    const revoked = await register({ token: pending.token, name: "Sen", password: "ett-långt-lösen" });
    expect(revoked.status).toBe(404);
    expect(revoked.json.error.message).toMatch(/ogiltig/);
  });
});
