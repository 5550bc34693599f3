import { expect, test } from "@playwright/test";
import { isms } from "./support/cli";
import { DEMO, expectAccessible, signIn } from "./support/session";

test("a ciso reaches every section from the menu, each page accessible", async ({ page }) => {
  await signIn(page, DEMO.ciso);
  const menu = page.getByRole("navigation", { name: "Huvudmeny" });
  const items = await menu.getByRole("link").allTextContents();
  expect(items).toEqual(["Översikt", "Informationstillgångar", "Risker", "Incidenter", "Leverantörer", "Kompetens", "Internrevision", "Mognad", "Åtgärder", "Administration"]);
  for (const item of items) {
    await menu.getByRole("link", { name: item, exact: true }).click();
    await expect(menu.getByRole("link", { name: item, exact: true })).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectAccessible(page);
  }
});

test("registers that are not built say so plainly", async ({ page }) => {
  await signIn(page, DEMO.ciso);
  for (const path of ["/leverantorer", "/kompetens", "/internrevision"]) {
    await page.goto(path);
    await expect(page.getByText("Registret är inte byggt ännu")).toBeVisible();
  }
});

test("a ciso creates an action and finds it through the overdue filter", async ({ page }) => {
  await signIn(page, DEMO.ciso);
  const title = `Genomför phishingövning ${Date.now()}`;
  await page.goto("/atgarder/ny");
  await expectAccessible(page);
  await page.getByLabel("Rubrik").fill(title);
  await page.getByLabel("Ägare").selectOption({ label: "Karin Berg" });
  await page.getByLabel("Förfallodag").fill("2021-03-01");
  await page.getByRole("button", { name: "Spara" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("Försenad").first()).toBeVisible();
  await page.goto("/atgarder");
  await page.getByLabel("Sök").fill(title);
  await page.getByLabel("Endast försenade").check();
  await page.getByRole("button", { name: "Filtrera" }).click();
  await expect(page).toHaveURL(/overdue=true/);
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await expectAccessible(page);
});

test("an empty title is refused in the form with the field named", async ({ page }) => {
  await signIn(page, DEMO.ciso);
  await page.goto("/atgarder/ny");
  await page.getByRole("button", { name: "Spara" }).click();
  await expect(page.getByLabel("Rubrik")).toHaveAttribute("aria-invalid", "true");
});

test("an admin adds a user who can then sign in", async ({ page, browser }) => {
  await signIn(page, DEMO.admin);
  await page.goto("/admin/anvandare");
  const email = `ny-${Date.now()}@exempelkommunen.se`;
  await page.getByLabel("Namn").fill("Nina Nyberg");
  await page.getByLabel("E-post").fill(email);
  await page.getByLabel("Roll", { exact: true }).selectOption("auditor");
  await page.getByLabel("Startlösenord").fill("Nina-startlosen-1");
  await page.getByRole("button", { name: "Lägg till användare" }).click();
  await expect(page.getByRole("cell", { name: email })).toBeVisible();
  await expectAccessible(page);
  const other = await browser.newPage();
  await signIn(other, email, "Nina-startlosen-1");
  await expect(other.getByTestId("user-role")).toHaveText("Internrevisor");
  await other.close();
});

test("a user creates an API token that is shown once", async ({ page, request }) => {
  await signIn(page, DEMO.reporter);
  await page.goto("/admin/api-nycklar");
  await page.getByLabel("Namn").fill("SIEM");
  await page.getByRole("button", { name: "Skapa API-nyckel" }).click();
  const token = (await page.getByTestId("new-token").textContent())!.trim();
  expect(token).toMatch(/^isms_/);
  const me = await request.get("/api/v1/me", { headers: { authorization: `Bearer ${token}` } });
  expect(((await me.json()) as { email: string }).email).toBe(DEMO.reporter);
  await expectAccessible(page);
});

test("a user with two memberships switches organisation and sees that organisation's role", async ({ page }) => {
  const email = `tva-${Date.now()}@exempel.se`;
  isms("user:create", "--email", email, "--name", "Tove Två", "--role", "ciso", "--org", "exempelkommunen", "--password", "Tove-losen-2026");
  isms("user:create", "--email", email, "--name", "Tove Två", "--role", "auditor", "--org", `grannkommunen-${Date.now()}`, "--password", "Tove-losen-2026");
  await signIn(page, email, "Tove-losen-2026");
  await expect(page.getByTestId("user-role")).toHaveText("Informationssäkerhetssamordnare");
  const switcher = page.getByLabel("Byt organisation");
  await expect(switcher).toBeVisible();
  await expectAccessible(page);
  const other = (await switcher.locator("option").allTextContents()).find((name) => name.startsWith("grannkommunen"))!;
  await switcher.selectOption({ label: other });
  await expect(page.getByTestId("user-role")).toHaveText("Internrevisor");
});
