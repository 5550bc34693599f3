import { expect, test } from "@playwright/test";
import { ownOrganization } from "../support/users";

const nonceOf = (policy: string | undefined) => /'nonce-([^']+)'/.exec(policy ?? "")?.[1];

test.describe("security headers over HTTP", () => {
  test("pages carry a per-response nonce policy that Next.js's own scripts use", async ({ request }) => {
    const first = await request.get("/login");
    const policy = first.headers()["content-security-policy"];
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(policy).not.toContain("unsafe-eval");
    const nonce = nonceOf(policy);
    const html = await first.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    expect(nonceOf((await request.get("/login")).headers()["content-security-policy"])).not.toBe(nonce);
    expect(first.headers()).toMatchObject({ "x-content-type-options": "nosniff", "referrer-policy": "strict-origin-when-cross-origin", "x-frame-options": "DENY" });
  });

  test("API answers are no-store and nosniff, sign-in answers no-store", async ({ request }) => {
    const token = ownOrganization("headers", ["auditor"]).token("auditor");
    const me = await request.get("/api/v1/me", { headers: { authorization: `Bearer ${token}` } });
    expect(me.status()).toBe(200);
    expect(me.headers()).toMatchObject({ "cache-control": "no-store", "x-content-type-options": "nosniff" });
    expect(me.headers()["content-security-policy"]).toContain("default-src 'none'");
    expect((await request.get("/api/v1/me")).headers()["cache-control"]).toBe("no-store");
    expect((await request.get("/api/auth/csrf")).headers()["cache-control"]).toBe("no-store");
  });

  test("HSTS only when served over HTTPS, as the trusted proxy says", async ({ request }) => {
    expect((await request.get("/login")).headers()["strict-transport-security"]).toBeUndefined();
    const https = await request.get("/login", { headers: { "x-forwarded-proto": "https" } });
    expect(https.headers()["strict-transport-security"]).toMatch(/^max-age=\d+/);
  });
});
