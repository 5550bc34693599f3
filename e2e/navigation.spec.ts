import { expect, test } from "@playwright/test";
import { isms } from "./support/cli";
import { expectAccessible, pickPerson, signIn } from "./support/session";
import { NAME_OF, ownOrganization, PASSWORD, type OwnOrganization } from "./support/users";

// The spec's own organisation (per worker), never the demo organisation.
let org: OwnOrganization;
test.beforeAll(() => {
  org = ownOrganization("navigation", ["admin", "ciso", "reporter"]);
});

test("a ciso reaches every section from the menu, each page accessible", async ({ page }) => {
  // Eleven pages, each checked with axe.
  test.setTimeout(120_000);
  await signIn(page, org.email.ciso, PASSWORD);
  const menu = page.getByRole("navigation", { name: "Huvudmeny" });
  const items = await menu.getByRole("link").allTextContents();
  expect(items).toEqual(["Översikt", "Mitt arbete", "Informationstillgångar", "Risker", "Incidenter", "Leverantörer", "Kompetens", "Internrevision", "Mognad", "Åtgärder", "Administration"]);
  for (const item of items) {
    await menu.getByRole("link", { name: item, exact: true }).click();
    await expect(menu.getByRole("link", { name: item, exact: true })).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectAccessible(page);
  }
});

test("a ciso creates an action and finds it through the overdue filter", async ({ page }) => {
  await signIn(page, org.email.ciso, PASSWORD);
  const title = `Genomför phishingövning ${Date.now()}`;
  await page.goto("/atgarder/ny");
  await expectAccessible(page);
  await page.getByLabel("Rubrik").fill(title);
  await pickPerson(page, "Ägare", NAME_OF.ciso);
  await page.getByLabel("Förfallodag").fill("2021-03-01");
  await page.getByRole("button", { name: "Spara" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  // The page the form went to confirms the save.
  await expect(page.getByRole("status").filter({ hasText: "Sparat." })).toBeVisible();
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
  await signIn(page, org.email.ciso, PASSWORD);
  await page.goto("/atgarder/ny");
  await page.getByRole("button", { name: "Spara" }).click();
  await expect(page.getByLabel("Rubrik")).toHaveAttribute("aria-invalid", "true");
});

test("an admin invites a user, who accepts with a name and password of their own and can sign in", async ({ page, browser }) => {
  await signIn(page, org.email.admin, PASSWORD);
  await page.goto("/admin/anvandare");
  const email = `ny-${Date.now()}@${org.slug}.example.se`;
  await page.getByLabel("Namn").fill("Nina Nyberg");
  await page.getByLabel("E-post").fill(email);
  await page.getByLabel("Roll", { exact: true }).selectOption("auditor");
  await page.getByRole("button", { name: "Bjud in" }).click();
  const link = (await page.getByTestId("invite-link").textContent())!.trim();
  expect(link).toMatch(/\/invite\/[\w-]{40,}$/);
  // Pending until accepted: listed with the name as typed.
  await expect(page.getByRole("cell", { name: email, exact: true })).toBeVisible();
  await expectAccessible(page);

  // The invited person's own browser (a context of its own, for its own cookies).
  const invitedContext = await browser.newContext();
  const invited = await invitedContext.newPage();
  await invited.goto(link);
  await expect(invited.getByRole("heading", { level: 1, name: `Inbjudan till ${org.name}` })).toBeVisible();
  await expectAccessible(invited);
  await expect(invited.getByLabel("Namn")).toHaveValue("Nina Nyberg");
  await invited.getByLabel(/^Lösenord/).fill("Nina-eget-losen-1");
  await invited.getByLabel("Upprepa lösenordet").fill("Nina-eget-losen-1");
  await invited.getByRole("button", { name: "Skapa konto och acceptera" }).click();
  await expect(invited.getByTestId("user-role")).toHaveText("Internrevisor");
  await invitedContext.close();

  const again = await browser.newPage();
  await again.goto(link);
  await expect(again.getByRole("heading", { level: 1, name: "Inbjudan är redan använd" })).toBeVisible();
  await signIn(again, email, "Nina-eget-losen-1");
  await again.close();
});

test("an existing account accepts an invitation to another organisation by signing in", async ({ page, browser }) => {
  const existing = org.addUser("ciso", "Berit Befintlig");
  const neighbour = ownOrganization("navigation-neighbour", ["admin"]);
  await signIn(page, neighbour.email.admin, PASSWORD);
  await page.goto("/admin/anvandare");
  await page.getByLabel("Namn").fill("Vem det nu är");
  await page.getByLabel("E-post").fill(existing);
  await page.getByLabel("Roll", { exact: true }).selectOption("auditor");
  await page.getByRole("button", { name: "Bjud in" }).click();
  const link = (await page.getByTestId("invite-link").textContent())!.trim();
  // The admin sees what was typed, never whether or whose account the e-mail has.
  await expect(page.getByText("Vem det nu är")).toBeVisible();
  await expect(page.getByText("Berit Befintlig")).toHaveCount(0);

  const member = await browser.newPage();
  await member.goto(link);
  await member.getByRole("link", { name: "Logga in och acceptera" }).click();
  await member.getByLabel("E-post").fill(existing);
  await member.getByLabel("Lösenord").fill(PASSWORD);
  await member.getByRole("button", { name: "Logga in" }).click();
  await member.getByRole("button", { name: "Acceptera inbjudan" }).click();
  await expect(member.getByTestId("user-role")).toHaveText("Internrevisor");
  await expect(member.getByLabel("Byt organisation")).toBeVisible();
  await member.close();
});

test("a user creates an API token that is shown once", async ({ page, request }) => {
  await signIn(page, org.email.reporter, PASSWORD);
  await page.goto("/admin/api-nycklar");
  await page.getByLabel("Namn").fill("SIEM");
  await page.getByRole("button", { name: "Skapa API-nyckel" }).click();
  const token = (await page.getByTestId("new-token").textContent())!.trim();
  expect(token).toMatch(/^isms_/);
  const me = await request.get("/api/v1/me", { headers: { authorization: `Bearer ${token}` } });
  expect(((await me.json()) as { email: string }).email).toBe(org.email.reporter);
  await expectAccessible(page);
});

test("a user with two memberships switches organisation and sees that organisation's role", async ({ page }) => {
  const email = `tva-${Date.now()}@${org.slug}.example.se`;
  isms("user:create", "--email", email, "--name", "Tove Två", "--role", "ciso", "--org", org.slug, "--password", "Tove-losen-2026");
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
