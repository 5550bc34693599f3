import { expect, test, type Locator, type Page } from "@playwright/test";
import { signIn } from "./support/session";
import { ownOrganization, PASSWORD, type OwnOrganization } from "./support/users";

// Every form of the app, sent empty and then with far too long values: each message a person
// meets must be our own words, never a validation library's ("förväntade", "UUID", "ISO"…).
const LIBRARY_WORDING = /förväntade|UUID|ISO|Too small|Too big|Invalid|expected|Ogiltig\(t\)/i;
const TOO_LONG = "x".repeat(12_000);

const FORM_PAGES = [
  "/tillgangar/ny",
  "/risker/ny",
  "/risker/analyser/ny",
  "/incidenter/rapportera",
  "/atgarder/ny",
  "/mognad/mal",
  "/admin/klassning/krav/ny",
  "/admin/anvandare",
  "/admin/verksamheter",
  "/admin/api-nycklar",
  "/admin/risker",
  "/admin/incidenter",
  "/konto",
  "/leverantorer/ny",
  "/leverantorer/avtal/ny",
  "/kompetens/utbildningar/ny",
  "/kompetens/personer/ny",
  "/leverantorer/uppfoljningar/ny",
  "/internrevision",
  "/ledningens-genomgang/ny",
];

/** What the page says after a submit: alerts, field errors and status lines. */
async function messages(page: Page): Promise<string[]> {
  return page.locator('[role="alert"], [role="status"], [id$="-error"], .text-red-700').allInnerTexts();
}

/** The text fields a person types into (not hidden, not read-only, not dates or choices). */
function textFields(form: Locator): Locator {
  return form.locator('input:not([type]):visible, input[type="text"]:visible, input[type="email"]:visible, input[type="url"]:visible, input[type="tel"]:visible, input[type="search"]:visible, textarea:visible');
}

async function submitEach(page: Page, fill: (field: Locator) => Promise<void>): Promise<string[]> {
  const said: string[] = [];
  const forms = page.locator("main form");
  for (let index = 0; index < (await forms.count()); index++) {
    const form = forms.nth(index);
    const submit = form.locator('button[type="submit"]:visible');
    if ((await submit.count()) === 0) continue;
    const fields = textFields(form);
    for (let field = 0; field < (await fields.count()); field++) {
      const input = fields.nth(field);
      if (await input.isEditable()) await fill(input);
    }
    await submit.first().click();
    // The client validates at once and the server answers within a moment: wait for either.
    await page.waitForLoadState("networkidle");
    said.push(...(await messages(page)));
  }
  return said;
}

let org: OwnOrganization;
test.beforeAll(() => {
  org = ownOrganization("form-messages", ["admin"]);
});

test("the sign-in form words its own errors", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("button", { name: "Logga in" }).click();
  await page.getByLabel("E-post").fill("inte-en-adress");
  await page.getByRole("button", { name: "Logga in" }).click();
  const said = await messages(page);
  expect(said.join(" ")).not.toMatch(LIBRARY_WORDING);
});

test("the maturity dialogue words its own errors when it saves on the way to the next step", async ({ page }) => {
  await signIn(page, org.email.admin, PASSWORD);
  await page.goto("/mognad/ny");
  await page.getByLabel("Rubrik").fill("");
  await page.getByRole("button", { name: "Nästa", exact: true }).click();
  await expect(page.getByText("Några fält behöver rättas innan dialogen kan sparas.")).toBeVisible();
  await page.getByLabel("Rubrik").evaluate((element) => element.removeAttribute("maxlength"));
  await page.getByLabel("Rubrik").fill(TOO_LONG);
  await page.getByRole("button", { name: "Nästa", exact: true }).click();
  const said = await messages(page);
  expect(said.length).toBeGreaterThan(0);
  for (const text of said) expect(text).not.toMatch(LIBRARY_WORDING);
});

for (const path of FORM_PAGES) {
  test(`${path}: empty and too-long values get messages in our own words`, async ({ page }) => {
    await signIn(page, org.email.admin, PASSWORD);
    const answer = await page.goto(path);
    expect(answer?.status()).toBe(200);
    const empty = await submitEach(page, (field) => field.fill(""));
    await page.goto(path);
    const long = await submitEach(page, async (field) => {
      // maxLength stops a person typing more; the server must still word what a script sends.
      await field.evaluate((element) => element.removeAttribute("maxlength"));
      await field.fill(TOO_LONG);
    });
    for (const text of [...empty, ...long]) expect(text, `${path} said "${text}"`).not.toMatch(LIBRARY_WORDING);
    expect(empty.length + long.length, `${path} says something when a form is sent empty or too long`).toBeGreaterThan(0);
  });
}
