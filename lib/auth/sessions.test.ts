import type { Session } from "next-auth";
import type { JWT } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import * as mePasswordRoute from "@/app/api/v1/me/password/route";
import * as meRoute from "@/app/api/v1/me/route";
import { createOrganization, createOrgWithRoles } from "../../test/factories";
import { callRoute } from "../../test/http";
import { db } from "../db/client";
import { changeOwnPassword } from "../me/account";
import { authOptions } from "./options";
import { hashPassword, verifyPassword } from "./password";
import { principalFor } from "./principal";

/** The signed cookie next-auth issues at sign-in, as its jwt callback fills it. */
const signIn = (user: { userId: string; email: string }) => authOptions.callbacks!.jwt!({ token: {}, user: { id: user.userId, email: user.email }, account: null });
const sessionOf = (userId: string, token: JWT) => principalFor(userId, undefined, "session", { sessionVersion: token.sessionVersion });

describe("sessions end on sign-out and password change", () => {
  it("signing out ends every session of the account, not only the one signing out", async () => {
    const { reporter } = await createOrgWithRoles();
    const laptop = await signIn(reporter);
    const phone = await signIn(reporter);
    expect(await sessionOf(reporter.userId, phone)).toMatchObject({ userId: reporter.userId });
    await authOptions.events!.signOut!({ token: laptop, session: { expires: new Date().toISOString() } satisfies Session });
    expect(await sessionOf(reporter.userId, phone)).toBeNull();
    expect(await sessionOf(reporter.userId, laptop)).toBeNull();
    expect(await sessionOf(reporter.userId, await signIn(reporter))).toMatchObject({ userId: reporter.userId });
  });

  it("a password change checks the current password, ends the sessions and is recorded in each organisation", async () => {
    const { organization, ciso } = await createOrgWithRoles();
    const second = await createOrganization("Grannkommunen");
    await db.membership.create({ data: { userId: ciso.userId, organizationId: second.id, role: "auditor" } });
    await db.user.update({ where: { id: ciso.userId }, data: { passwordHash: await hashPassword("det-gamla-lösenordet") } });
    const session = await signIn(ciso);

    await expect(changeOwnPassword(ciso, { currentPassword: "fel-lösenord", newPassword: "det-nya-lösenordet" })).rejects.toMatchObject({ status: 400, fields: { currentPassword: [expect.any(String)] } });
    expect(await sessionOf(ciso.userId, session)).not.toBeNull();

    await changeOwnPassword(ciso, { currentPassword: "det-gamla-lösenordet", newPassword: "det-nya-lösenordet" });
    const user = await db.user.findUniqueOrThrow({ where: { id: ciso.userId } });
    expect(await verifyPassword(user.passwordHash, "det-nya-lösenordet")).toBe(true);
    expect(await sessionOf(ciso.userId, session)).toBeNull();
    const events = await db.auditEvent.findMany({ where: { entity: "user", entityId: ciso.userId, action: "password_change" } });
    expect(events.map((e) => e.organizationId).sort()).toEqual([organization.id, second.id].sort());
    expect(JSON.stringify(events.map((event) => [event.before, event.after, event.action]))).not.toContain("lösenordet");
  });

  it("over the API: the password is not changed with an API token, and the name is the person's own to change", async () => {
    const { ciso } = await createOrgWithRoles();
    const byToken = await callRoute(mePasswordRoute.POST, ciso, { body: { currentPassword: "x", newPassword: "det-nya-lösenordet" } });
    expect(byToken.status).toBe(403);
    const { version } = await db.user.findUniqueOrThrow({ where: { id: ciso.userId } });
    expect((await callRoute(meRoute.PATCH, ciso, { method: "PATCH", body: { name: "Nytt Namn", password: "ett-lösenord-till", version } })).status).toBe(400);
    const renamed = await callRoute(meRoute.PATCH, ciso, { method: "PATCH", body: { name: "Nytt Namn", version } });
    expect(renamed.json).toEqual({ name: "Nytt Namn", version: version + 1 });
    expect((await callRoute(meRoute.GET, ciso)).json).toMatchObject({ name: "Nytt Namn", version: version + 1 });
    expect((await callRoute(meRoute.PATCH, ciso, { method: "PATCH", body: { name: "Äldre", version } })).status).toBe(409);
  });
});
