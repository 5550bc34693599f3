import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { call } from "./support/api";
import { expectAccessible, pickPerson, signIn } from "./support/session";
import { NAME_OF, ownOrganization, PASSWORD, type OwnOrganization } from "./support/users";

let org: OwnOrganization;
test.beforeAll(() => {
  org = ownOrganization("mgmt-review", ["ciso", "management", "reporter"]);
});

test("management opens a draft review, reads every section, records two decisions, marks it held and downloads the PDF", async ({ page, request }) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  // A risk, so section f has something to show.
  const risk = await call(request, org.token("ciso"), "POST", "/api/v1/risks", { title: `Utpressningsvirus ${stamp}`, likelihood: 3, consequence: 4 });
  expect(risk.status).toBe(201);
  expect((await call(request, org.token("reporter"), "GET", "/api/v1/management-reviews")).status).toBe(403);

  await signIn(page, org.email.management, PASSWORD);
  await page.goto("/");
  await page.getByRole("link", { name: "Ledningens genomgång" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ledningens genomgång" })).toBeVisible();
  await page.getByRole("link", { name: "Ny genomgång" }).click();
  const title = `Ledningens genomgång e2e ${stamp}`;
  await page.getByLabel("Rubrik").fill(title);
  await page.getByLabel("Deltagare").fill("Kommundirektör\nIT-chef");
  await page.getByRole("button", { name: "Skapa genomgång" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  // Every section a–g, compiled live while a draft.
  for (const letter of ["a", "b", "c", "d", "e", "f", "g"]) await expect(page.getByRole("heading", { level: 2, name: new RegExp(`^${letter}\\) `) })).toBeVisible();
  await expect(page.getByText("Utkast: underlaget sammanställs")).toBeVisible();
  await expect(page.getByRole("link", { name: `Utpressningsvirus ${stamp}` })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Ledningens kommentar (b)").fill("Cybersäkerhetslagen träder i kraft.");
  await page.getByLabel("Ledningens kommentar (b)").locator("xpath=ancestor::form").getByRole("button", { name: "Spara" }).click();
  await expect(page.getByText("Sparat.").first()).toBeVisible();

  // Two decisions, the first with an action for the ciso.
  const decisionText = page.getByRole("textbox", { name: "Beslut", exact: true });
  await decisionText.fill("Inför flerfaktorsautentisering för alla konton.");
  await page.getByLabel("Typ av beslut").selectOption({ label: "Resurser" });
  await page.getByLabel("Skapa en åtgärd för beslutet").check();
  await page.getByLabel("Åtgärdens rubrik").fill(`Inför MFA ${stamp}`);
  await pickPerson(page, "Ansvarig", NAME_OF.ciso);
  await page.getByLabel("Förfallodag").fill("2027-03-31");
  await page.getByRole("button", { name: "Registrera beslut" }).click();
  await expect(page.getByText(`Inför MFA ${stamp}, ${NAME_OF.ciso}, 2027-03-31`)).toBeVisible();
  await decisionText.fill("Informationssäkerhetsmålen fastställs.");
  await page.getByLabel("Typ av beslut").selectOption({ label: "Mål" });
  await page.getByRole("button", { name: "Registrera beslut" }).click();
  await expect(page.getByText("Mål: Informationssäkerhetsmålen fastställs.")).toBeVisible();

  await page.getByRole("button", { name: "Markera som genomförd" }).click();
  await expect(page.getByText("Underlaget frystes")).toBeVisible();
  await expect(page.getByRole("button", { name: "Markera som genomförd" })).toHaveCount(0);
  await expectAccessible(page);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Ladda ned PDF" }).click()]);
  const file = await download.path();
  expect(readFileSync(file).subarray(0, 5).toString()).toBe("%PDF-");

  // The decision's action is in the tracker.
  const actions = await call<{ items: { title: string }[] }>(request, org.token("ciso"), "GET", "/api/v1/actions?source=management_review");
  expect(actions.body.items.map((a) => a.title)).toEqual([`Inför MFA ${stamp}`]);
});
