import { expect, test } from "@playwright/test";
import { call } from "./support/api";
import { expectAccessible, signIn } from "./support/session";
import { ownOrganization, PASSWORD, type OwnOrganization } from "./support/users";

let org: OwnOrganization;
test.beforeAll(() => {
  org = ownOrganization("indicators", ["ciso"]);
});

test("a ciso follows an indicator's figures on Översikt to the very records counted", async ({ page, request }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const ciso = org.token("ciso");
  const unit = await call(request, ciso, "POST", "/api/v1/org-units", { name: `Kulturförvaltningen ${stamp}` });
  expect(unit.status).toBe(201);
  const classified = `Låneregister ${stamp}`;
  const unclassified = `Utställningsplan ${stamp}`;
  expect((await call(request, ciso, "POST", "/api/v1/assets", { name: classified, orgUnitId: unit.body.id, confidentiality: 2, integrity: 2, availability: 2 })).status).toBe(201);
  expect((await call(request, ciso, "POST", "/api/v1/assets", { name: unclassified, orgUnitId: unit.body.id })).status).toBe(201);

  const api = await call(request, ciso, "GET", "/api/v1/indicators/assets.classified_share/records?part=numerator");
  expect(api.status).toBe(200);
  expect(api.body).toMatchObject({ total: 1, type: "asset" });

  await signIn(page, org.email.ciso, PASSWORD);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 2, name: "I korthet för ledningen" })).toBeVisible();
  const row = page.locator('[data-indicator="assets.classified_share"]');
  await expect(row).toContainText("(1 av 2)");
  await expectAccessible(page);

  await row.getByRole("link", { name: /^2: Visa posterna \(nämnare\)/ }).click();
  await expect(page).toHaveURL(/\/indikatorer\/assets\.classified_share\?part=denominator/);
  const list = page.locator('[data-indicator-records="assets.classified_share"]');
  await expect(list.getByRole("link")).toHaveCount(2);
  await expect(list.getByRole("link", { name: classified })).toBeVisible();
  await expect(list.getByRole("link", { name: unclassified })).toBeVisible();
  await expectAccessible(page);

  await page.goto("/indikatorer/assets.classified_share?part=numerator");
  await expect(page.locator('[data-indicator-records="assets.classified_share"]').getByRole("link")).toHaveCount(1);
  await expect(page.getByRole("link", { name: classified })).toBeVisible();
});
