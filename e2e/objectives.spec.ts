import { expect, test } from "@playwright/test";
import { call } from "./support/api";
import { expectAccessible, pickPerson, signIn } from "./support/session";
import { NAME_OF, ownOrganization, PASSWORD, type OwnOrganization } from "./support/users";

let org: OwnOrganization;
test.beforeAll(() => {
  org = ownOrganization("objectives", ["ciso", "management", "auditor"]);
});

// Percentages are written "50 %" with a no-break space in Swedish.
const progress = (now: number, target: number) => new RegExp(`^${now}\\s%\\s/\\s${target}\\s%$`);

test("management sets an objective on an indicator, follows it on the page and on Översikt, and edits it; the auditor only reads", async ({ page, request, browser }) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  // One risk without a decided treatment: the indicator is 0 % until the ciso decides.
  const risk = await call(request, org.token("ciso"), "POST", "/api/v1/risks", { title: `Obehörig åtkomst ${stamp}`, likelihood: 3, consequence: 3 });
  expect(risk.status).toBe(201);

  await signIn(page, org.email.management, PASSWORD);
  await page.goto("/");
  await page.getByRole("link", { name: "Ledningens genomgång" }).click();
  await page.getByRole("navigation", { name: "Ledningens genomgång" }).getByRole("link", { name: "Mål" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Informationssäkerhetsmål" })).toBeVisible();
  await page.getByRole("link", { name: "Nytt mål" }).click();

  const title = `Beslutad behandling för alla risker ${stamp}`;
  // The required mark (*) is part of the label's text but not of the field's name.
  await page.getByRole("textbox", { name: "Mål", exact: true }).fill(title);
  await page.getByLabel("Perspektiv").selectOption({ label: "Riskhantering" });
  await page.getByLabel("Indikator").selectOption({ label: "Andel risker med beslutad behandling" });
  await expect(page.getByText("I procent (0–100).")).toBeVisible();
  await page.getByLabel("Målvärde").fill("50");
  await page.getByLabel("Ska vara nått").fill("2027-06-30");
  await pickPerson(page, "Ansvarig", NAME_OF.ciso);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Spara" }).click();

  await expect(page.getByText("Sparat.")).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: title });
  await expect(row.getByText(progress(0, 50))).toBeVisible();
  await expect(row.getByText("Inte i fas")).toBeVisible();
  await expect(row.getByText("2027-06-30")).toBeVisible();
  await expect(row.getByText(NAME_OF.ciso)).toBeVisible();
  await expectAccessible(page);

  // The ciso decides the treatment: progress is read live from the indicator.
  const risky = risk.body as { id: string; version: number };
  expect((await call(request, org.token("ciso"), "PATCH", `/api/v1/risks/${risky.id}`, { treatment: "reduce", version: risky.version })).status).toBe(200);
  await page.reload();
  await expect(row.getByText(progress(100, 50))).toBeVisible();
  await expect(row.getByText("I fas", { exact: true })).toBeVisible();

  // Översikt: the at-a-glance figure links to the page, and the card shows the progress.
  await page.goto("/");
  const glance = page.locator("[data-glance='objectives']");
  await expect(glance).toContainText("1 av 1");
  await expect(page.getByTestId("objectives-card").getByText(title)).toBeVisible();
  await expect(page.getByTestId("objectives-card").getByText(progress(100, 50))).toBeVisible();
  await expectAccessible(page);
  await glance.click();
  await expect(page.getByRole("heading", { level: 1, name: "Informationssäkerhetsmål" })).toBeVisible();

  // Editing: a higher target than reached, saved and shown.
  await page.getByRole("link", { name: `Ändra målet ${title}` }).click();
  await expect(page.getByLabel("Målvärde")).toHaveValue("50");
  await page.getByLabel("Målvärde").fill("100");
  await page.getByRole("button", { name: "Spara" }).click();
  await expect(page.getByText("Sparat.")).toBeVisible();
  await expect(row.getByText(progress(100, 100))).toBeVisible();

  // The auditor reads the objectives and has no way to write them.
  const auditorContext = await browser.newContext();
  const auditor = await auditorContext.newPage();
  await signIn(auditor, org.email.auditor, PASSWORD);
  await auditor.goto("/ledningens-genomgang/mal");
  await expect(auditor.getByRole("row").filter({ hasText: title }).getByText(progress(100, 100))).toBeVisible();
  await expect(auditor.getByRole("link", { name: "Nytt mål" })).toHaveCount(0);
  await expect(auditor.getByRole("link", { name: `Ändra målet ${title}` })).toHaveCount(0);
  await expectAccessible(auditor);
  await auditor.goto("/ledningens-genomgang/mal/ny");
  await expect(auditor.getByRole("heading", { level: 1, name: "Åtkomst nekas" })).toBeVisible();
  await auditorContext.close();
});
