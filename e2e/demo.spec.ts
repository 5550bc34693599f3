import { expect, test } from "@playwright/test";
import { call } from "./support/api";
import { createToken } from "./support/cli";
import { DEMO, expectAccessible, signIn } from "./support/session";

// @demo — the only spec that uses the demo organisation: the README promises that the first start of
// an empty embedded database loads Exempelkommunen with one user per role. Every other spec creates its
// own users and data. Against an external database (no demo data) run the suite with `--grep-invert @demo`.
test("@demo smoke: the demo organisation loads, with its users and register data", async ({ page, request }) => {
  const token = createToken(DEMO.ciso);
  const me = await call<{ organization: { slug: string; name: string } }>(request, token, "GET", "/api/v1/me");
  expect(me.body.organization).toMatchObject({ slug: "exempelkommunen", name: "Exempelkommunen" });
  // Some demo data in each register, never exact demo numbers.
  for (const path of ["/api/v1/assets", "/api/v1/risks", "/api/v1/incidents", "/api/v1/maturity-assessments"]) {
    const list = await call(request, token, "GET", path);
    expect(list.status, path).toBe(200);
    expect(list.body.total, path).toBeGreaterThan(0);
  }

  await signIn(page, DEMO.ciso);
  await expect(page.getByRole("link", { name: /Exempelkommunen/ }).first()).toBeVisible();
  await page.goto("/tillgangar");
  await expect(page.getByRole("heading", { level: 1, name: "Informationstillgångar" })).toBeVisible();
  await expectAccessible(page);
});
