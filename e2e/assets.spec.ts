import { stat } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { call } from "./support/api";
import { expectAccessible, signIn } from "./support/session";
import { ownOrganization, PASSWORD, type OwnOrganization } from "./support/users";

let org: OwnOrganization;
test.beforeAll(() => {
  org = ownOrganization("assets", ["ciso", "informationOwner", "reporter"]);
});

/** Picks a level in one aspect's group of the guided form by its number ("2 Betydande" → 2). */
const level = (page: Page, aspect: string, value: number) => page.getByRole("group", { name: aspect }).getByRole("radio", { name: new RegExp(`^${value} `) });

test("an information owner registers and classifies an asset, sees its requirements and exports the list to Excel", async ({ page, request }) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const ciso = org.token("ciso");
  const unitName = `Kulturförvaltningen ${stamp}`;
  expect((await call(request, ciso, "POST", "/api/v1/org-units", { name: unitName })).status).toBe(201);
  const code = `E2E-${stamp}`;
  const requirement = await call(request, ciso, "POST", "/api/v1/security-requirements", {
    code,
    title: "Kryptering av lagrad information",
    category: "technical",
    aspect: "confidentiality",
    minLevel: 2,
  });
  expect(requirement.status).toBe(201);

  await signIn(page, org.email.informationOwner, PASSWORD);
  await page.goto("/tillgangar");
  await expect(page.getByRole("heading", { level: 1, name: "Informationstillgångar" })).toBeVisible();
  await expectAccessible(page);

  // Register the asset.
  await page.getByRole("link", { name: "Ny informationstillgång" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ny informationstillgång" })).toBeVisible();
  await expectAccessible(page);
  const name = `Bibliotekets låntagarregister ${stamp}`;
  await page.getByLabel("Namn").fill(name);
  await page.getByLabel("Verksamhet").selectOption({ label: unitName });
  await page.getByLabel("Innehåller personuppgifter").check();
  await page.getByRole("button", { name: "Spara" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText("Ej klassad").first()).toBeVisible();
  await expectAccessible(page);

  // Classify it with the guided form.
  await page.getByRole("link", { name: "Klassa", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Klassa ${name}` })).toBeVisible();
  await expectAccessible(page);
  await level(page, "Konfidentialitet", 2).check();
  await level(page, "Riktighet", 2).check();
  // Arrow keys move within a group: from 2 to 3.
  await level(page, "Riktighet", 2).press("ArrowDown");
  await expect(level(page, "Riktighet", 3)).toBeChecked();
  await level(page, "Tillgänglighet", 1).check();
  await expect(page.getByTestId("classify-summary")).toContainText("3 ");
  await expect(page.getByTestId("classify-summary")).toContainText("Ja");

  // Levels ≥ 2 need a motivation in the form.
  await page.getByRole("button", { name: "Spara klassning" }).click();
  await expect(page.getByLabel("Motivering för konfidentialitet")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Motivering för riktighet")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Motivering för tillgänglighet")).not.toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);

  // Level 4 warns about säkerhetsskydd, and goes away again.
  await level(page, "Konfidentialitet", 4).check();
  await expect(page.getByTestId("security-warning")).toContainText("säkerhetsskyddsanalys");
  await level(page, "Konfidentialitet", 2).check();
  await expect(page.getByTestId("security-warning")).toBeEmpty();

  const motivation = `Låntagaruppgifter i större mängd ${stamp}`;
  await page.getByLabel("Motivering för konfidentialitet").fill(motivation);
  await page.getByLabel("Motivering för riktighet").fill("Felaktiga lån ger felaktiga krav på enskilda.");
  await page.getByRole("button", { name: "Spara klassning" }).click();

  // Back on the asset: levels, history with the motivation, and the triggered requirement.
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByTestId("asset-levels")).toContainText("Ja");
  await expect(page.getByTestId("classification-history")).toContainText(motivation);
  const row = page.getByTestId("asset-requirements").getByRole("row").filter({ hasText: code });
  await expect(row).toBeVisible();
  await expect(row.getByLabel(`Status för ${code}`)).toHaveValue("not_met");
  await expect(row.getByRole("link", { name: `Skapa åtgärd för ${code}` })).toHaveAttribute("href", /sourceType=asset/);
  await expectAccessible(page);
  // Every row's status is saved by the section's one button.
  await row.getByLabel(`Status för ${code}`).selectOption("partly");
  const requirements = page.getByTestId("asset-requirements");
  await expect(requirements.getByRole("button", { name: "Spara status" })).toHaveCount(1);
  await requirements.getByRole("button", { name: "Spara status" }).click();
  await expect(requirements.getByText("Status sparad.")).toBeVisible();
  await page.reload();
  await expect(row.getByLabel(`Status för ${code}`)).toHaveValue("partly");

  // "Reviewed, no change" renews the review and shows in the history.
  await page.getByRole("button", { name: "Granskad, ingen ändring" }).click();
  await expect(page.getByText("Omprövningen är registrerad.")).toBeVisible();
  await expect(page.getByTestId("classification-history").getByRole("listitem").first()).toContainText("Granskad, ingen ändring");

  // Export the filtered list to Excel.
  await page.goto(`/tillgangar?q=${encodeURIComponent(name)}`);
  await expect(page.getByRole("link", { name })).toBeVisible();
  await expectAccessible(page);
  const exportLink = page.getByRole("link", { name: "Exportera Excel" });
  await expect(exportLink).toHaveAttribute("href", /format=xlsx/);
  await expect(exportLink).toHaveAttribute("href", /q=/);
  const [download] = await Promise.all([page.waitForEvent("download"), exportLink.click()]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const file = await download.path();
  expect((await stat(file)).size).toBeGreaterThan(0);
});

test("an import with one bad row imports nothing and names the row; the corrected file imports every row", async ({ page, request }) => {
  const stamp = Date.now();
  const ciso = org.token("ciso");
  const unitName = `Importförvaltningen ${stamp}`;
  expect((await call(request, ciso, "POST", "/api/v1/org-units", { name: unitName })).status).toBe(201);
  const csv = (badLevel: string) =>
    Buffer.from(
      [
        "Namn;Verksamhet;Typ;Konfidentialitet;Riktighet;Tillgänglighet",
        `Import ett ${stamp};${unitName};Informationsmängd;1;1;1`,
        `Import två ${stamp};${unitName};Informationsmängd;${badLevel};2;1`,
        `Import tre ${stamp};${unitName};System;0;0;0`,
      ].join("\n"),
      "utf8",
    );

  await signIn(page, org.email.informationOwner, PASSWORD);
  await page.goto("/tillgangar");
  await page.getByRole("link", { name: "Importera" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Importera informationstillgångar" })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Fil (.xlsx eller .csv)").setInputFiles({ name: "tillgangar.csv", mimeType: "text/csv", buffer: csv("9") });
  await page.getByRole("button", { name: "Importera", exact: true }).click();
  const result = page.getByTestId("import-result");
  await expect(result).toContainText("Ingenting importerades.");
  await expect(result.getByRole("listitem").filter({ hasText: "Rad 3, kolumn Konfidentialitet" })).toBeVisible();
  await expect(result.getByRole("listitem")).toHaveCount(1);
  await expectAccessible(page);
  const none = await call(request, ciso, "GET", `/api/v1/assets?q=${stamp}`);
  expect(none.body.total).toBe(0);

  await page.getByLabel("Fil (.xlsx eller .csv)").setInputFiles({ name: "tillgangar.csv", mimeType: "text/csv", buffer: csv("2") });
  await page.getByRole("button", { name: "Importera", exact: true }).click();
  await expect(result).toContainText("3 informationstillgångar importerades.");
  const all = await call(request, ciso, "GET", `/api/v1/assets?q=${stamp}`);
  expect(all.body.total).toBe(3);
});

test("a system holding information of a higher level than its own shows the warning; a requirement gap becomes an action", async ({ page, request }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const ciso = org.token("ciso");
  const unit = await call(request, ciso, "POST", "/api/v1/org-units", { name: `Systemförvaltningen ${stamp}` });
  const info = await call(request, ciso, "POST", "/api/v1/assets", { name: `Journaluppgifter ${stamp}`, orgUnitId: unit.body.id, confidentiality: 3, integrity: 3, availability: 2 });
  const system = await call(request, ciso, "POST", "/api/v1/assets", {
    name: `Journalsystem ${stamp}`,
    orgUnitId: unit.body.id,
    kind: "system",
    confidentiality: 1,
    integrity: 1,
    availability: 1,
    holdsIds: [info.body.id],
  });
  expect(system.status).toBe(201);
  expect(system.body).toMatchObject({ requiredProtectionLevel: 3, protectionBelowRequired: true });
  const code = `GAP-${stamp}`;
  const title = "Behörighetsstyrning med regelbunden uppföljning";
  expect((await call(request, ciso, "POST", "/api/v1/security-requirements", { code, title, category: "administrative", aspect: "integrity", minLevel: 1 })).status).toBe(201);

  await signIn(page, org.email.ciso, PASSWORD);
  await page.goto(`/tillgangar/${system.body.id}`);
  await expect(page.getByRole("heading", { level: 1, name: `Journalsystem ${stamp}` })).toBeVisible();
  await expect(page.getByTestId("below-required")).toContainText("lägre än den information det innehåller kräver");
  await expect(page.getByRole("link", { name: `Journaluppgifter ${stamp}` })).toBeVisible();
  await expectAccessible(page);

  // The gap becomes an action linked to the asset, with a suggested title.
  await page.getByRole("link", { name: `Skapa åtgärd för ${code}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ny åtgärd" })).toBeVisible();
  await expect(page.getByLabel("Rubrik")).toHaveValue(`${code} ${title} – Journalsystem ${stamp}`);
  await page.getByRole("button", { name: "Spara" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Journalsystem ${stamp}` })).toBeVisible();
  await expect(page.getByRole("link", { name: `${code} ${title} – Journalsystem ${stamp}` })).toBeVisible();

  // The details form shows what the system holds.
  await page.getByRole("link", { name: "Ändra uppgifter" }).click();
  await expect(page.getByRole("group", { name: "Information som systemet eller tjänsten innehåller" }).getByRole("button", { name: `Ta bort Journaluppgifter ${stamp}` })).toBeVisible();
  await expectAccessible(page);

  await page.goto(`/tillgangar/${info.body.id}`);
  await expect(page.getByRole("link", { name: `Journalsystem ${stamp}` })).toBeVisible();
  await expectAccessible(page);

  await page.goto("/admin/klassning");
  await expect(page.getByRole("heading", { level: 1, name: "Klassningsmodell och skyddskrav" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Katalog över skyddskrav" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: `Ändra ${code}` }).click();
  await expect(page.getByLabel("Kod")).toHaveValue(code);
  await expectAccessible(page);
});

test("a reporter gets the forbidden page", async ({ page }) => {
  await signIn(page, org.email.reporter, PASSWORD);
  for (const path of ["/tillgangar", "/tillgangar/ny", "/tillgangar/importera"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: "Åtkomst nekas" })).toBeVisible();
    await expectAccessible(page);
  }
});
