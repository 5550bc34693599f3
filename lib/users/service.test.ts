import { describe, expect, it } from "vitest";
import { verifyPassword } from "../auth/password";
import { db } from "../db/client";
import { createOrgWithRoles } from "../../test/factories";
import { listUsers } from "./queries";
import { userListQuerySchema } from "./schema";
import { createUser, removeUser, updateUser } from "./service";

describe("users", () => {
  it("lets an admin add a user with a hashed password and change the role with version", async () => {
    const { admin } = await createOrgWithRoles();
    const user = await createUser(admin, { email: `ny-${Date.now()}@test.se`, name: "Ny", role: "reporter", password: "ett-långt-lösen" });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.passwordHash).not.toContain("ett-långt-lösen");
    expect(await verifyPassword(row.passwordHash, "ett-långt-lösen")).toBe(true);
    const updated = await updateUser(admin, user.id, { role: "auditor", version: user.version });
    expect(updated.role).toBe("auditor");
    await expect(updateUser(admin, user.id, { role: "ciso", version: user.version })).rejects.toMatchObject({ status: 409 });
  });

  it("refuses others than admins and protects the admin's own role", async () => {
    const { admin, ciso } = await createOrgWithRoles();
    await expect(createUser(ciso, { email: "x@test.se", name: "X", role: "admin" })).rejects.toMatchObject({ status: 403 });
    const self = await db.user.findUniqueOrThrow({ where: { id: admin.userId } });
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
