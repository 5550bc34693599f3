import { request as http } from "node:http";
import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { E2E_PORT } from "../support/env";
import { ownOrganization, PASSWORD } from "../support/users";

// The e2e server trusts one proxy hop (ISMS_TRUSTED_PROXY_HOPS=1), so these requests act as that
// proxy: the last X-Forwarded-For entry is the client's address, anything left of it is forged.
const CALLBACK = "/api/auth/callback/credentials";

const newAddress = () => `198.51.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
const forged = () => `203.0.113.${Math.floor(Math.random() * 250)}`;
const from = (address: string) => ({ "x-forwarded-for": `${forged()}, ${address}` });

async function csrfToken(request: APIRequestContext): Promise<string> {
  return ((await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string }).csrfToken;
}

function createAccount(): string {
  return ownOrganization("sign-in", ["reporter"]).email.reporter;
}

function tryForm(request: APIRequestContext, token: string, email: string, password: string, address: string): Promise<APIResponse> {
  return request.post(CALLBACK, { headers: from(address), form: { csrfToken: token, email, password, json: "true" } });
}

function tryJson(request: APIRequestContext, token: string, email: string, password: string, address: string): Promise<APIResponse> {
  const body = JSON.stringify({ csrfToken: token, email, password, json: "true" });
  return request.post(CALLBACK, { headers: { ...from(address), "content-type": "application/json" }, data: body });
}

test.describe("sign-in throttle over HTTP", () => {
  test("a forged X-Forwarded-For on every try does not reset the count: the sixth is 429", async ({ request }) => {
    const email = `okand-${randomUUID().slice(0, 8)}@exempelkommunen.se`;
    const token = await csrfToken(request);
    const address = newAddress();
    for (let i = 0; i < 5; i++) expect((await tryForm(request, token, email, "fel-losenord", address)).status()).toBe(401);
    expect((await tryForm(request, token, email, "fel-losenord", address)).status()).toBe(429);
  });

  test("a JSON body is counted like a form, and signs in like one", async ({ request }) => {
    const email = createAccount();
    const token = await csrfToken(request);
    const address = newAddress();
    for (let i = 0; i < 5; i++) expect((await tryJson(request, token, email, "fel-losenord", address)).status()).toBe(401);
    expect((await tryJson(request, token, email, PASSWORD, address)).status()).toBe(429);
    expect((await tryJson(request, token, email, PASSWORD, newAddress())).status()).toBe(200);
    expect(((await (await request.get("/api/v1/me")).json()) as { email: string }).email).toBe(email);
  });

  test("a repeated e-mail field is refused before any password is checked", async ({ request }) => {
    const email = createAccount();
    const token = await csrfToken(request);
    const body = new URLSearchParams([["csrfToken", token], ["email", `lockvagel-${randomUUID().slice(0, 6)}@x.se`], ["password", PASSWORD], ["email", email], ["json", "true"]]);
    const response = await request.post(CALLBACK, { headers: { ...from(newAddress()), "content-type": "application/x-www-form-urlencoded" }, data: body.toString() });
    expect(response.status()).toBe(400);
    expect(((await response.json()) as { error: { fields: Record<string, string[]> } }).error.fields).toHaveProperty("email");
    expect((await request.get("/api/v1/me")).status()).toBe(401);
  });

  test("20 parallel wrong tries: at most 5 are evaluated, then 429; the right password from elsewhere still signs in", async ({ request }) => {
    const email = createAccount();
    const token = await csrfToken(request);
    const attacker = newAddress();
    const statuses = await Promise.all(Array.from({ length: 20 }, () => tryForm(request, token, email, "fel-losenord", attacker).then((r) => r.status())));
    expect(statuses.filter((status) => status !== 429)).toEqual([401, 401, 401, 401, 401]);
    expect((await tryForm(request, token, email, PASSWORD, attacker)).status()).toBe(429);
    const owner = await tryForm(request, token, email, PASSWORD, newAddress());
    expect(owner.status()).toBe(200);
    expect(((await owner.json()) as { url: string }).url).not.toContain("error=");
    expect(((await (await request.get("/api/v1/me")).json()) as { email: string }).email).toBe(email);
  });

  test("a 3 MB chunked sign-in body is answered 413", async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const outgoing = http({ host: "localhost", port: E2E_PORT, path: CALLBACK, method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", "transfer-encoding": "chunked" } }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      // The server may stop reading and close once it has answered: that is the point.
      outgoing.on("error", (error: NodeJS.ErrnoException) => (["EPIPE", "ECONNRESET"].includes(error.code ?? "") ? undefined : reject(error)));
      const chunk = Buffer.alloc(64 * 1024, "a");
      let sent = 0;
      const write = () => {
        while (sent < 3 * 1024 * 1024) {
          sent += chunk.length;
          if (!outgoing.write(chunk)) return void outgoing.once("drain", write);
        }
        outgoing.end();
      };
      write();
    });
    expect(status).toBe(413);
  });
});
