import { expect, test, type APIRequestContext } from "@playwright/test";
import { E2E_BASE_URL } from "../support/env";
import { ownOrganization, PASSWORD, type OwnOrganization } from "../support/users";

// Cookie-authenticated writes must come from the app's own pages; Bearer tokens are unaffected.
let org: OwnOrganization;
test.beforeAll(() => {
  org = ownOrganization("csrf", ["ciso"]);
});

async function signInWithCookie(request: APIRequestContext): Promise<void> {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", { form: { csrfToken, email: org.email.ciso, password: PASSWORD, json: "true" } });
  expect(response.status()).toBe(200);
}

const action = (title: string) => JSON.stringify({ title: `${title} ${Date.now()}` });
const json = { "content-type": "application/json" };

test.describe("CSRF and content types over HTTP", () => {
  test("a cookie-authenticated write from another origin, a sibling subdomain or no origin is 403", async ({ request }) => {
    await signInWithCookie(request);
    const foreign: Record<string, string>[] = [{ origin: "http://evil.example" }, { origin: "http://elev.localhost", "sec-fetch-site": "same-site" }, {}];
    for (const headers of foreign) {
      const response = await request.post("/api/v1/actions", { headers: { ...json, ...headers }, data: action("Korsvis") });
      expect(response.status(), JSON.stringify(headers)).toBe(403);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe("csrf");
    }
    const own = await request.post("/api/v1/actions", { headers: { ...json, origin: E2E_BASE_URL }, data: action("Egen sida") });
    expect(own.status()).toBe(201);
    const fetched = await request.post("/api/v1/actions", { headers: { ...json, "sec-fetch-site": "same-origin" }, data: action("Egen sida") });
    expect(fetched.status()).toBe(201);
    const { id, version } = (await own.json()) as { id: string; version: number };
    const patch = await request.patch(`/api/v1/actions/${id}`, { headers: { ...json, origin: "http://evil.example" }, data: JSON.stringify({ title: "Ändrad", version }) });
    expect(patch.status()).toBe(403);
  });

  test("a JSON body in a simple content type is 415, also from the app's own origin", async ({ request }) => {
    await signInWithCookie(request);
    for (const type of ["text/plain", "application/x-www-form-urlencoded"]) {
      const response = await request.post("/api/v1/actions", { headers: { "content-type": type, origin: E2E_BASE_URL }, data: action("Enkel typ") });
      expect(response.status(), type).toBe(415);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe("unsupported_media_type");
    }
  });

  test("a Bearer token write is not subject to the Origin rule", async ({ request }) => {
    const token = org.token("ciso");
    const response = await request.post("/api/v1/actions", { headers: { ...json, authorization: `Bearer ${token}`, origin: "http://evil.example" }, data: action("Integration") });
    expect(response.status()).toBe(201);
  });
});
