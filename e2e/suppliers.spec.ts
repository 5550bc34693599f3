import { expect, test } from "@playwright/test";
import { call } from "./support/api";
import { expectAccessible, signIn } from "./support/session";
import { ownOrganization, PASSWORD, type OwnOrganization } from "./support/users";

let org: OwnOrganization;
test.beforeAll(() => {
  org = ownOrganization("suppliers", ["ciso"]);
});

test("a ciso registers a supplier and a contract, turns a missing requirement into an action and records a follow-up", async ({ page, request }) => {
  // A journey through six pages, each checked with axe.
  test.setTimeout(180_000);
  const stamp = Date.now();
  const token = org.token("ciso");
  const unit = await call(request, token, "POST", "/api/v1/org-units", { name: `Skolförvaltningen ${stamp}` });
  const asset = (name: string, confidentiality: number, personalData: boolean) =>
    call(request, token, "POST", "/api/v1/assets", { name, orgUnitId: unit.body.id, confidentiality, integrity: 1, availability: 1, personalData });
  const [low, high] = [`Skolkatalog ${stamp}`, `Elevregister ${stamp}`];
  expect((await asset(low, 1, false)).status).toBe(201);
  expect((await asset(high, 3, true)).status).toBe(201);
  const requirement = await call(request, token, "POST", "/api/v1/security-requirements", { code: `K3-${stamp}`, title: "Kryptering vid lagring", category: "technical", aspect: "confidentiality", minLevel: 3 });
  expect(requirement.status).toBe(201);
  const code = `K3-${stamp}`;

  await signIn(page, org.email.ciso, PASSWORD);
  await page.goto("/leverantorer");
  await expect(page.getByRole("heading", { level: 1, name: "Leverantörer" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Ny leverantör" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ny leverantör" })).toBeVisible();
  await expectAccessible(page);
  const supplierName = `Skolplattformen ${stamp} AB`;
  await page.getByRole("textbox", { name: "Namn", exact: true }).fill(supplierName);
  await page.getByLabel("Organisationsnummer").fill("556036-0794");
  await page.getByLabel("Kategori").selectOption("saas");
  await page.getByRole("button", { name: "Spara" }).click();
  await expect(page.getByText("Ange organisationsnumret som NNNNNN-NNNN med rätt kontrollsiffra.")).toBeVisible();
  await page.getByLabel("Organisationsnummer").fill("556036-0793");
  await page.getByRole("button", { name: "Spara" }).click();
  await expect(page.getByRole("heading", { level: 1, name: supplierName })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Nytt avtal" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nytt avtal" })).toBeVisible();
  const contractTitle = `Lärplattform ${stamp}`;
  await page.getByRole("textbox", { name: "Avtal", exact: true }).fill(contractTitle);
  const search = page.getByRole("searchbox", { name: "Sök informationstillgångar som leverantören hanterar" });
  for (const name of [low, high]) {
    await search.fill(name);
    await page.getByRole("checkbox", { name }).check();
  }
  await expectAccessible(page);
  await page.getByRole("button", { name: "Spara" }).click();
  await expect(page.getByRole("heading", { level: 1, name: contractTitle })).toBeVisible();
  await expect(page.getByText("Krävd skyddsnivå: Nivå 3")).toBeVisible();
  await expect(page.getByText("Personuppgiftsbiträdesavtal saknas")).toBeVisible();
  await expectAccessible(page);

  const status = page.getByLabel(`Finns i avtalet: ${code}`);
  await status.selectOption("included");
  await expect(page.getByText("Sparat.")).toBeVisible();
  await status.selectOption("missing");
  await expect(status).toHaveValue("missing");
  await page.getByRole("button", { name: `Gör till åtgärd: ${code}` }).click();
  await expect(page.getByText("Åtgärden är skapad.")).toBeVisible();
  await expect(page.getByRole("link", { name: `Inför krav ${code} Kryptering vid lagring: ${contractTitle}` })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: supplierName }).click();
  await page.getByRole("link", { name: "Registrera uppföljning" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Registrera uppföljning: ${supplierName}` })).toBeVisible();
  await page.getByLabel("Genomförd").fill("2026-03-15");
  await page.getByLabel("Resultat").selectOption("approved_with_remarks");
  await page.getByLabel("Anmärkningar").fill("Loggning av administratörsåtkomst saknas");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Spara" }).click();
  await expect(page.getByRole("link", { name: "Loggning av administratörsåtkomst saknas" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: supplierName }).click();
  await expect(page.getByTestId("next-follow-up")).toHaveText("2027-03-15");
  await expectAccessible(page);
});
