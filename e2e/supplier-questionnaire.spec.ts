import { expect, test } from "@playwright/test";
import { call } from "./support/api";
import { E2E_BASE_URL } from "./support/env";
import { expectAccessible, signIn } from "./support/session";
import { ownOrganization, PASSWORD, type OwnOrganization } from "./support/users";

let org: OwnOrganization;
test.beforeAll(() => {
  org = ownOrganization("supplier-questionnaire", ["ciso"]);
});

test("a supplier answers a questionnaire through a secret link without an account, and the ciso sees the answers", async ({ page, request, browser }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const token = org.token("ciso");
  const supplierName = `Lönetjänsten ${stamp} AB`;
  const supplier = await call(request, token, "POST", "/api/v1/suppliers", { name: supplierName, category: "saas" });
  expect(supplier.status).toBe(201);
  const followUp = await call(request, token, "POST", "/api/v1/supplier-follow-ups", { supplierId: supplier.body.id, performedAt: "2026-04-01", method: "questionnaire", result: "approved" });
  expect(followUp.status).toBe(201);

  await signIn(page, org.email.ciso, PASSWORD);
  await page.goto(`/leverantorer/uppfoljningar/${followUp.body.id}`);
  await expect(page.getByRole("heading", { level: 2, name: "Enkät till leverantören" })).toBeVisible();
  await expect(page.getByText("Ingen länk har skapats.")).toBeVisible();
  await page.getByRole("button", { name: "Skapa länk" }).click();
  await expect(page.getByText("Länken är skapad. Kopiera den nu – den visas inte igen.")).toBeVisible();
  await expect(page.getByTestId("questionnaire-status")).toHaveText("Skickad");
  const url = await page.getByRole("textbox", { name: "Länk till leverantören" }).inputValue();
  expect(url).toMatch(/\/leverantorsenkat\/sq_[\w-]{43}$/);
  await expectAccessible(page);

  // The supplier's own browser: no session, no account.
  const supplierContext = await browser.newContext();
  const answering = await supplierContext.newPage();
  await answering.goto(`${E2E_BASE_URL}${new URL(url).pathname}`);
  await expect(answering.getByRole("heading", { level: 1, name: "Leverantörsenkät" })).toBeVisible();
  await expect(answering.getByText(`${org.name} ber ${supplierName} besvara frågorna nedan om informationssäkerhet.`)).toBeVisible();
  await expectAccessible(answering);

  // Submitting with nothing answered says what is missing and sends nothing.
  await answering.getByRole("button", { name: "Skicka svaren" }).click();
  await expect(answering.getByRole("alert").filter({ hasText: "Besvara varje fråga." })).toBeVisible();
  const groups = answering.getByRole("group");
  const count = await groups.count();
  expect(count).toBeGreaterThanOrEqual(5);
  for (let i = 0; i < count; i++) await groups.nth(i).getByRole("radio", { name: "Ja", exact: true }).check();
  const first = groups.first();
  await first.getByRole("radio", { name: "Delvis", exact: true }).check();
  await first.getByLabel("Kommentar (valfri)").fill("Certifikatet förnyas i maj.");
  await expectAccessible(answering);
  await answering.getByRole("button", { name: "Skicka svaren" }).click();
  await expect(answering.getByText("Tack för era svar!")).toBeVisible();
  await expectAccessible(answering);

  // The link answers once: opened again, it says so.
  await answering.reload();
  await expect(answering.getByText("Enkäten är redan besvarad")).toBeVisible();
  await supplierContext.close();

  await page.reload();
  await expect(page.getByTestId("questionnaire-status")).toHaveText("Besvarad");
  const answers = page.getByRole("table", { name: "Leverantörens svar" });
  await expect(answers).toBeVisible();
  await expect(answers.getByRole("cell", { name: "Certifikatet förnyas i maj." })).toBeVisible();
  await expect(answers.getByRole("cell", { name: "Delvis", exact: true })).toBeVisible();
  await expectAccessible(page);
});
