import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { hashToken } from "../lib/auth/token-hash";
import { db } from "../lib/db/client";

/** Runs the real CLI against this test file's database. */
function isms(...args: string[]) {
  const result = spawnSync(
    process.execPath,
    ["--experimental-wasm-modules", "--no-warnings=ExperimentalWarning", "--conditions=react-server", "--import", "tsx", "cli/isms.ts", ...args],
    { env: { ...process.env, NODE_OPTIONS: "" }, encoding: "utf8" },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("isms CLI", () => {
  it("prints usage with exit code 0", () => {
    const { code, stdout } = isms("help");
    expect(code).toBe(0);
    expect(stdout).toContain("user:create");
  });

  it("fails with a one-line reason on an unknown command or a missing flag", () => {
    const unknown = isms("nope");
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr.trim().split("\n")).toEqual(["isms: okänt kommando nope; se npm run isms -- help"]);
    const missing = isms("user:create", "--email", "a@b.se", "--name", "A");
    expect(missing.code).not.toBe(0);
    expect(missing.stderr.trim()).toBe("isms: --role krävs");
    const badRole = isms("user:create", "--email", "a@b.se", "--name", "A", "--role", "boss");
    expect(badRole.stderr).toContain("okänd roll boss");
  });

  it("creates a user and organisation, updates them, and issues a token on the last line", async () => {
    const email = `cli-${Date.now()}@test.se`;
    const slug = `cli-org-${Date.now()}`;
    expect(isms("user:create", "--email", email, "--name", "Cli Användare", "--role", "ciso", "--org", slug, "--password", "ett-bra-lösenord").code).toBe(0);
    expect(isms("user:create", "--email", email, "--name", "Cli Användare", "--role", "admin", "--org", slug).code).toBe(0);
    const membership = await db.membership.findFirstOrThrow({ where: { user: { email }, organization: { slug } } });
    expect(membership.role).toBe("admin");

    const { code, stdout } = isms("token:create", "--email", email, "--name", "SIEM");
    expect(code).toBe(0);
    const token = stdout.trim().split("\n").at(-1)!;
    expect(token).toMatch(/^isms_[\w-]{30,}$/);
    const stored = await db.apiToken.findUniqueOrThrow({ where: { tokenHash: hashToken(token) } });
    expect(stored).toMatchObject({ name: "SIEM", organizationId: membership.organizationId });
    expect(isms("token:create", "--email", "nobody@test.se").code).not.toBe(0);
  });

  it("lets the operator switch an account off and on in every organisation, ending its sessions", async () => {
    const email = `cli-av-${Date.now()}@test.se`;
    expect(isms("user:create", "--email", email, "--name", "Cli Av", "--role", "reporter", "--org", `cli-av-${Date.now()}`, "--password", "ett-bra-lösenord").code).toBe(0);
    const before = await db.user.findUniqueOrThrow({ where: { email } });
    const off = isms("user:disable", "--email", email);
    expect(off.code).toBe(0);
    expect(await db.user.findUniqueOrThrow({ where: { email } })).toMatchObject({ active: false, sessionVersion: before.sessionVersion + 1 });
    expect(await db.auditEvent.count({ where: { entityId: before.id, action: "cli.user:disable" } })).toBe(1);
    expect(isms("user:enable", "--email", email).code).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { email } })).active).toBe(true);
    expect(isms("user:disable", "--email", "nobody@test.se").stderr.trim()).toBe("isms: ingen användare med e-post nobody@test.se");
  });
});
