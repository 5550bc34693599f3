import { afterEach, describe, expect, it } from "vitest";
import { verifyPassword } from "../auth/password";
import { db } from "../db/client";
import { createOrgWithRoles } from "../../test/factories";
import { listUsers } from "./queries";
import { userListQuerySchema } from "./schema";
import { addUser, removeUser, updateUser } from "./service";

const BASE = "http://localhost:3000";

describe("users", () => {
  afterEach(() => {
    delete process.env.ISMS_DIRECT_MEMBERSHIP;
  });

  it("invites instead of creating an account, and changes a member's role with the membership's version", async () => {
    const { admin, auditor } = await createOrgWithRoles();
    const email = `ny-${Date.now()}@test.se`;
    const invited = await addUser(admin, { email, name: "Ny", role: "reporter" }, BASE);
    expect(invited).toMatchObject({ email, name: "Ny", role: "reporter", status: "invited", acceptUrl: expect.stringMatching(/^http:\/\/localhost:3000\/invite\/[\w-]{40,}$/) });
    expect(await db.user.findUnique({ where: { email } })).toBeNull();
    await expect(addUser(admin, { email, name: "Ny", role: "reporter", password: "ett-långt-lösen" }, BASE)).rejects.toMatchObject({ status: 400, fields: { password: [expect.any(String)] } });

    const membership = await db.membership.findFirstOrThrow({ where: { userId: auditor.userId, organizationId: admin.organizationId } });
    const updated = await updateUser(admin, auditor.userId, { role: "ciso", version: membership.version });
    expect(updated).toMatchObject({ role: "ciso", version: membership.version + 1 });
    await expect(updateUser(admin, auditor.userId, { role: "reporter", version: membership.version })).rejects.toMatchObject({ status: 409 });
  });

  it("with ISMS_DIRECT_MEMBERSHIP=true creates the account with a hashed password (the operator's single-organisation setting)", async () => {
    process.env.ISMS_DIRECT_MEMBERSHIP = "true";
    const { admin } = await createOrgWithRoles();
    const user = await addUser(admin, { email: `direkt-${Date.now()}@test.se`, name: "Direkt", role: "reporter", password: "ett-långt-lösen" }, BASE);
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.passwordHash).not.toContain("ett-långt-lösen");
    expect(await verifyPassword(row.passwordHash, "ett-långt-lösen")).toBe(true);
    expect(await db.membership.count({ where: { userId: user.id, organizationId: admin.organizationId } })).toBe(1);
  });

  it("refuses others than admins and protects the admin's own role", async () => {
    const { admin, ciso } = await createOrgWithRoles();
    await expect(addUser(ciso, { email: "x@test.se", name: "X", role: "admin" }, BASE)).rejects.toMatchObject({ status: 403 });
    const self = await db.membership.findFirstOrThrow({ where: { userId: admin.userId } });
    await expect(updateUser(admin, admin.userId, { role: "reporter", version: self.version })).rejects.toMatchObject({ status: 400 });
    await expect(removeUser(admin, admin.userId)).rejects.toMatchObject({ status: 400 });
  });

  it("lists the organisation's users with search", async () => {
    const { admin, auditor } = await createOrgWithRoles();
    const result = await listUsers(auditor, userListQuerySchema.parse({ q: "reporter" }));
    expect(result.items.map((u) => u.role)).toEqual(["reporter"]);
    expect((await listUsers(admin, userListQuerySchema.parse({}))).total).toBe(6);
  });
});
