import { describe, expect, it } from "vitest";
import { authorize, can, scopeOf } from "./authorize";
import { PERMISSIONS } from "./permissions";
import { ROLES, type Principal, type Role } from "./roles";

const principal = (role: Role, userId = "u1", organizationId = "org1"): Principal => ({
  userId, role, organizationId, email: "x@y.se", name: "X", organizationSlug: "o", organizationName: "O", via: "session",
});

describe("authorize", () => {
  it("answers 404 for another organisation's record before looking at the role", () => {
    expect(() => authorize(principal("admin"), "actions.read", { organizationId: "org2" })).toThrow(expect.objectContaining({ status: 404 }));
    expect(() => authorize(principal("reporter"), "actions.write", { organizationId: "org2" })).toThrow(expect.objectContaining({ status: 404 }));
    expect(() => authorize(principal("admin"), "actions.read", null)).toThrow(expect.objectContaining({ status: 404 }));
  });

  it("answers 403 when the role lacks the permission", () => {
    expect(() => authorize(principal("reporter"), "org-units.write")).toThrow(expect.objectContaining({ status: 403 }));
    expect(() => authorize(principal("management"), "users.manage")).toThrow(expect.objectContaining({ status: 403 }));
  });

  it("checks ownership for 'own' grants", () => {
    const owner = principal("information_owner", "me");
    expect(() => authorize(owner, "actions.write", { organizationId: "org1", ownerIds: ["me"] })).not.toThrow();
    expect(() => authorize(owner, "actions.write", { organizationId: "org1", ownerIds: ["someone"] })).toThrow(expect.objectContaining({ status: 403 }));
    expect(scopeOf(owner, "incidents.read")).toBe("own");
    expect(scopeOf(principal("ciso"), "incidents.read")).toBe("all");
    expect(scopeOf(principal("reporter"), "risks.read")).toBe("none");
    // Without a record an "own" grant passes `can`; "may see everything" is only ever `scopeOf`.
    expect(can(owner, "risks.read")).toBe(true);
    expect(can(owner, "risks.read", null)).toBe(false);
    // A reporter follows their own reports but sees nothing of the handling.
    expect(scopeOf(principal("reporter"), "incidents.handling.read")).toBe("none");
    expect(scopeOf(owner, "incidents.handling.read")).toBe("own");
  });

  it("gives every role sign-in basics and only admins user management", () => {
    for (const role of ROLES) {
      expect(can(principal(role), "me.read")).toBe(true);
      expect(can(principal(role), "incidents.report")).toBe(true);
      expect(can(principal(role), "users.manage")).toBe(role === "admin");
    }
  });

  it("lists only known roles in the permission table", () => {
    for (const grants of Object.values(PERMISSIONS)) {
      for (const role of Object.keys(grants)) expect(ROLES).toContain(role);
    }
  });
});
