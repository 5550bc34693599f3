import { expect, test } from "@playwright/test";
import { call } from "./support/api";
import { expectAccessible, signIn } from "./support/session";
import { ownOrganization, PASSWORD, type OwnOrganization } from "./support/users";

let org: OwnOrganization;
test.beforeAll(() => {
  org = ownOrganization("my-work", ["ciso", "informationOwner"]);
});

test("the owner of an overdue action sees it counted in the bell and listed on Mitt arbete", async ({ page, request }) => {
  const title = `Byt lösenord på servicekonton ${Date.now()}`;
  const owner = await call(request, org.token("informationOwner"), "GET", "/api/v1/me");
  const created = await call(request, org.token("ciso"), "POST", "/api/v1/actions", { title, ownerId: owner.body.id, dueAt: "2026-01-15" });
  expect(created.status).toBe(201);

  await signIn(page, org.email.informationOwner, PASSWORD);
  const bell = page.getByRole("link", { name: "Mitt arbete: 1 förfallna eller snart förfallna" });
  await expect(bell).toBeVisible();
  await expectAccessible(page);
  await bell.click();
  await expect(page.getByRole("heading", { level: 1, name: "Mitt arbete" })).toBeVisible();
  const row = page.getByRole("table", { name: "Mitt arbete" }).getByRole("row").filter({ hasText: title });
  await expect(row).toContainText("Försenad");
  await expect(row).toContainText("Åtgärd");
  await expectAccessible(page);
  await row.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  // The reminder settings and the calendar address live on Mitt konto.
  await page.goto("/konto");
  await expect(page.getByRole("combobox", { name: "Åtgärd", exact: true })).toHaveValue("daily");
  await page.getByRole("button", { name: "Skapa adress" }).click();
  const address = page.getByLabel("Prenumerationsadress");
  await expect(address).toHaveValue(/\/api\/calendar\/cal_.+\.ics$/);
  await expectAccessible(page);
  // The feed itself needs no session: a calendar program fetches it with the secret alone.
  const feed = await request.get(new URL(await address.inputValue()).pathname);
  expect(feed.status()).toBe(200);
  expect(await feed.text()).toContain("BEGIN:VEVENT");
});

test("the ciso reads the mail log in Administration", async ({ page }) => {
  await signIn(page, org.email.ciso, PASSWORD);
  await page.goto("/admin");
  await page.getByRole("link", { name: "Utskick" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Utskick" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Utskick" })).toBeVisible();
  await expectAccessible(page);
});
