import { expect, test } from "@playwright/test";
import { call, type ApiJson } from "../support/api";
import { ownOrganization, type OwnOrganization } from "../support/users";

test.describe("platform API over HTTP", () => {
  let org: OwnOrganization;
  let ciso: string;
  let reporter: string;

  test.beforeAll(() => {
    org = ownOrganization("platform", ["ciso", "reporter"]);
    ciso = org.token("ciso");
    reporter = org.token("reporter");
  });

  test("health answers ok with the database up", async ({ request }) => {
    const { status, body } = await call(request, null, "GET", "/api/health");
    expect(status).toBe(200);
    expect(body).toEqual({ status: "ok", db: "up" });
  });

  test("an unauthenticated call is 401 in the error format", async ({ request }) => {
    const { status, body } = await call(request, null, "GET", "/api/v1/actions");
    expect(status).toBe(401);
    expect(body.error).toMatchObject({ code: "unauthorized", message: expect.any(String) });
    const bad = await call(request, "isms_not-a-real-token", "GET", "/api/v1/me");
    expect(bad.status).toBe(401);
  });

  test("me describes the token's user and organisation", async ({ request }) => {
    const { status, body } = await call<{ email: string; role: string; organization: { slug: string } }>(request, ciso, "GET", "/api/v1/me");
    expect(status).toBe(200);
    expect(body).toMatchObject({ email: org.email.ciso, role: "ciso", organization: { slug: org.slug } });
  });

  test("a bad body is 400 naming the fields", async ({ request }) => {
    const { status, body } = await call(request, ciso, "POST", "/api/v1/actions", { title: "", status: "someday", dueAt: "not a date" });
    expect(status).toBe(400);
    expect(body.error?.code).toBe("validation_error");
    expect(Object.keys(body.error?.fields ?? {})).toEqual(expect.arrayContaining(["title", "status", "dueAt"]));
    const broken = await request.fetch("/api/v1/actions", { method: "POST", headers: { authorization: `Bearer ${ciso}`, "content-type": "application/json" }, data: "{not json" });
    expect(broken.status()).toBe(400);
  });

  test("create and update leave audit events; a stale version is 409", async ({ request }) => {
    const created = await call(request, ciso, "POST", "/api/v1/actions", { title: "Uppdatera kontinuitetsplanen", dueAt: "2027-01-31" });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ version: 1, status: "planned", createdAt: expect.any(String), updatedAt: expect.any(String) });
    const id = created.body.id!;
    const updated = await call(request, ciso, "PATCH", `/api/v1/actions/${id}`, { status: "in_progress", version: 1 });
    expect(updated.status).toBe(200);
    expect(updated.body.version).toBe(2);
    const stale = await call(request, ciso, "PATCH", `/api/v1/actions/${id}`, { status: "done", version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error?.code).toBe("conflict");
    const events = await call(request, ciso, "GET", `/api/v1/audit-events?entity=action&entityId=${id}&sort=at:asc`);
    expect(events.body.items?.map((e) => e.action)).toEqual(["create", "update"]);
    expect(events.body.items?.[0]).toMatchObject({ before: null, after: { title: "Uppdatera kontinuitetsplanen" } });
    expect(events.body.items?.[1]).toMatchObject({ before: { status: "planned" }, after: { status: "in_progress" } });
  });

  test("a reporter creating an org unit is 403 and may not read the audit trail", async ({ request }) => {
    const { status, body } = await call(request, reporter, "POST", "/api/v1/org-units", { name: "Reporterns enhet" });
    expect(status).toBe(403);
    expect(body.error?.code).toBe("forbidden");
    expect((await call(request, reporter, "GET", "/api/v1/audit-events")).status).toBe(403);
    const created = await call(request, ciso, "POST", "/api/v1/org-units", { name: `Kultur- och fritidsförvaltningen ${Date.now()}` });
    expect(created.status).toBe(201);
  });

  test("another organisation's action is 404", async ({ request }) => {
    const other = ownOrganization("platform-other", ["ciso"]).token("ciso");
    const theirs = await call(request, other, "POST", "/api/v1/actions", { title: "Annan kommuns åtgärd" });
    expect(theirs.status).toBe(201);
    expect((await call(request, ciso, "GET", `/api/v1/actions/${theirs.body.id}`)).status).toBe(404);
    expect((await call(request, ciso, "PATCH", `/api/v1/actions/${theirs.body.id}`, { title: "x", version: 1 })).status).toBe(404);
    const list = await call(request, ciso, "GET", "/api/v1/actions?pageSize=500");
    expect(list.body.items?.some((a: ApiJson) => a.id === theirs.body.id)).toBe(false);
  });

  test("lists page, search and filter overdue actions", async ({ request }) => {
    const title = `Förfallen åtgärd ${Date.now()}`;
    await call(request, ciso, "POST", "/api/v1/actions", { title, dueAt: "2020-01-01" });
    const overdue = await call(request, ciso, "GET", `/api/v1/actions?overdue=true&q=${encodeURIComponent(title)}`);
    expect(overdue.body).toMatchObject({ total: 1, page: 1, pageSize: 50 });
    expect(overdue.body.items?.[0]).toMatchObject({ title, overdue: true });
    const badSort = await call(request, ciso, "GET", "/api/v1/actions?sort=secret:asc");
    expect(badSort.status).toBe(400);
    expect(badSort.body.error?.fields).toHaveProperty("sort");
  });

  test("a body over the limit is 413", async ({ request }) => {
    const { status, body } = await call(request, ciso, "POST", "/api/v1/actions", { title: "x", description: "a".repeat(3 * 1024 * 1024) });
    expect(status).toBe(413);
    expect(body.error?.code).toBe("payload_too_large");
  });

  test("the OpenAPI document describes the API from the zod schemas", async ({ request }) => {
    const { status, body } = await call<{ openapi: string; paths: Record<string, Record<string, { requestBody?: unknown }>> }>(request, null, "GET", "/api/v1/openapi.json");
    expect(status).toBe(200);
    expect(body.openapi).toBe("3.1.0");
    expect(body.paths["/api/v1/actions"].post.requestBody).toBeTruthy();
    expect(Object.keys(body.paths)).toEqual(expect.arrayContaining(["/api/v1/me", "/api/v1/org-units", "/api/v1/users", "/api/v1/audit-events", "/api/v1/indicators"]));
  });

  test("repeated failed sign-ins are throttled with 429", async ({ request }) => {
    const email = `okand-${Date.now()}@exempelkommunen.se`;
    const attempt = async () => {
      const csrf = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
      const response = await request.post("/api/auth/callback/credentials", { form: { csrfToken: csrf.csrfToken, email, password: "fel-losenord", json: "true" } });
      return response.status();
    };
    for (let i = 0; i < 5; i++) expect(await attempt()).not.toBe(429);
    expect(await attempt()).toBe(429);
  });
});
