import { expect, test, type Page } from "@playwright/test";
import { maturityMessages } from "../lib/maturity/messages";
import { MSB_PERSPECTIVES, PERSPECTIVE_KEYS } from "../lib/maturity/msb-model";
import { call } from "./support/api";
import { expectAccessible, signIn } from "./support/session";
import { ownOrganization, PASSWORD, type OwnOrganization } from "./support/users";

const sv = maturityMessages.sv;

let org: OwnOrganization;
test.beforeAll(() => {
  org = ownOrganization("maturity", ["ciso", "management", "reporter"]);
});
const LEVELS = [2, 3, 2, 2, 3, 2];

/** Moves to the next step and checks that focus landed on the step's heading. */
async function nextStep(page: Page, heading: string) {
  await page.getByRole("button", { name: "Nästa", exact: true }).click();
  await expect(page.getByRole("heading", { level: 2, name: heading })).toBeFocused();
}

/** One perspective: MSB's level text in view, a level picked, one "Varför?" bullet. */
async function assessPerspective(page: Page, index: number) {
  const key = PERSPECTIVE_KEYS[index];
  const msbSentence = MSB_PERSPECTIVES[key].levels[1].aspects.tillampning[0];
  await expect(page.getByTestId("msb-level-table").getByText(msbSentence, { exact: true }).first()).toBeVisible();
  await page.getByRole("radio", { name: new RegExp(`^Nivå ${LEVELS[index]} –`) }).check();
  await page.getByRole("button", { name: "Lägg till skäl" }).click();
  await page.getByLabel("Skäl 1", { exact: true }).fill(`Skäl för ${sv.perspectives[key]}`);
}

test("a ciso runs a dialogue through the six perspectives, makes a proposal an action and sees result and trend", async ({ page, request }) => {
  test.setTimeout(240_000);
  const stamp = Date.now();
  const ciso = org.token("ciso");
  const earlierTitle = `Tidigare mognadsdialog ${stamp}`;
  const earlier = await call(request, ciso, "POST", "/api/v1/maturity-assessments", {
    title: earlierTitle,
    heldAt: new Date(stamp - 365 * 86_400_000).toISOString(),
    status: "completed",
    entries: PERSPECTIVE_KEYS.map((perspective) => ({ perspective, level: 1, reasons: ["Första dialogen"] })),
  });
  expect(earlier.status).toBe(201);

  await signIn(page, org.email.ciso, PASSWORD);
  await page.goto("/mognad");
  await expect(page.getByRole("heading", { level: 1, name: "Mognad" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Ny dialog" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Om dialogen" })).toBeVisible();
  await expectAccessible(page);
  const title = `Mognadsdialog e2e ${stamp}`;
  await page.getByLabel("Rubrik").fill(title);
  await page.getByRole("button", { name: "Lägg till deltagare" }).click();
  await page.getByLabel("Deltagare 1", { exact: true }).fill("Karin Berg, informationssäkerhetssamordnare");
  await page.getByLabel("Samtalsledare").fill("Karin Berg");

  // Perspective 1, with an improvement proposal and an axe check of the step.
  await nextStep(page, `Perspektiv 1 av 6: ${sv.perspectives.riskhantering}`);
  // The draft exists as soon as the group leaves the first step, at its own address.
  await expect(page.getByText(/^Sparat automatiskt/)).toBeVisible();
  await expect(page).toHaveURL(/\/mognad\/[0-9a-f-]{36}\/dialog$/);
  await assessPerspective(page, 0);
  const what = `Inför årlig riskanalys i alla förvaltningar ${stamp}`;
  await page.getByRole("button", { name: "Lägg till förbättringsförslag" }).click();
  await page.getByRole("textbox", { name: "Vad", exact: true }).fill(what);
  await page.getByRole("textbox", { name: "Hur", exact: true }).fill("Mall och workshop per förvaltning");
  await page.getByRole("textbox", { name: "Vem", exact: true }).fill("Informationssäkerhetssamordnaren");
  await page.getByLabel("Tidshorisont").selectOption("0-6");
  await expectAccessible(page);

  for (const index of [1, 2]) {
    await nextStep(page, `Perspektiv ${index + 1} av 6: ${sv.perspectives[PERSPECTIVE_KEYS[index]]}`);
    await assessPerspective(page, index);
  }

  // Following a link with unsaved changes asks first; staying keeps the work on screen.
  const question = new Promise<string>((resolve) =>
    page.once("dialog", async (dialog) => {
      resolve(dialog.message());
      await dialog.dismiss();
    }),
  );
  await page.getByRole("link", { name: "Översikt", exact: true }).first().click();
  expect(await question).toBe(sv.dialog.leaveWarning);
  await expect(page.getByLabel("Skäl 1", { exact: true })).toHaveValue(`Skäl för ${sv.perspectives.incidenthantering}`);

  // Saved as a draft and resumed from its own address.
  await page.getByRole("button", { name: "Spara utkast" }).click();
  await expect(page.getByText("Utkastet är sparat.")).toBeVisible();
  await expect(page).toHaveURL(/\/mognad\/[0-9a-f-]{36}\/dialog$/);
  await page.reload();
  await expect(page.getByLabel("Rubrik")).toHaveValue(title);
  await page.getByRole("navigation", { name: "Steg i dialogen" }).getByRole("button", { name: `3. ${sv.perspectives.incidenthantering}` }).click();
  await expect(page.getByRole("heading", { level: 2, name: `Perspektiv 3 av 6: ${sv.perspectives.incidenthantering}` })).toBeFocused();
  await expect(page.getByRole("radio", { name: /^Nivå 2 –/ })).toBeChecked();

  for (const index of [3, 4, 5]) {
    await nextStep(page, `Perspektiv ${index + 1} av 6: ${sv.perspectives[PERSPECTIVE_KEYS[index]]}`);
    await assessPerspective(page, index);
  }
  await nextStep(page, "Sammanfattning");
  await expect(page.getByTestId("summary-table").getByRole("row")).toHaveCount(7);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Slutför dialogen" }).click();

  // The session's result: chart and table of levels against targets.
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page).toHaveURL(/\/mognad\/[0-9a-f-]{36}$/);
  const sessionUrl = page.url();
  await expect(page.getByTestId("result-chart").locator("svg.recharts-surface").first()).toBeVisible();
  const resultTable = page.getByTestId("result-table");
  await expect(resultTable.getByRole("row", { name: new RegExp(`${sv.perspectives.informationsklassning}.*Nivå 3`) })).toBeVisible();
  await expectAccessible(page);

  // The proposal becomes an action, linked from the session and listed under Åtgärder.
  await page.getByRole("button", { name: /^Gör till åtgärd/ }).click();
  const actionLink = page.getByRole("link", { name: /^Visa åtgärden/ });
  await expect(actionLink).toBeVisible();
  await expect(actionLink).toBeFocused();
  await actionLink.click();
  await expect(page.getByRole("heading", { level: 1, name: what })).toBeVisible();
  await expectAccessible(page);
  await page.goto(`/atgarder?q=${encodeURIComponent(what)}`);
  await expect(page.getByRole("link", { name: what })).toBeVisible();
  await expect(page.getByRole("link", { name: "Mognadsdialog" }).first()).toBeVisible();

  // Side by side with the earlier session, with the delta.
  await page.goto(sessionUrl);
  await page.getByLabel("Jämför med").selectOption(earlier.body.id!);
  await page.getByRole("button", { name: "Jämför", exact: true }).click();
  const compare = page.getByTestId("compare-table");
  await expect(compare.getByRole("row", { name: new RegExp(`${sv.perspectives.riskhantering}.*\\+1`) })).toBeVisible();
  await expect(compare.getByRole("row", { name: new RegExp(`${sv.perspectives.informationsklassning}.*\\+2`) })).toBeVisible();
  await expect(page.getByTestId("compare-chart").locator("svg.recharts-surface").first()).toBeVisible();
  await expectAccessible(page);

  // The trend across sessions on the overview.
  await page.goto("/mognad");
  await expect(page.getByTestId("trend-chart").locator("svg.recharts-surface").first()).toBeVisible();
  const trend = page.getByTestId("trend-table");
  await expect(trend.getByRole("link", { name: earlierTitle })).toBeVisible();
  await expect(trend.getByRole("link", { name: title })).toBeVisible();
  await expect(page.getByRole("link", { name: title }).first()).toBeVisible();
  await expectAccessible(page);

  // The printable summary for the management review.
  await page.goto(`${sessionUrl}/sammanfattning`);
  await expect(page.getByRole("button", { name: "Skriv ut / spara som PDF" })).toBeVisible();
  await expect(page.getByTestId("proposals-table").getByRole("rowheader", { name: what })).toBeVisible();
  await expectAccessible(page);
});

test("MSB's model is readable with attribution", async ({ page }) => {
  await signIn(page, org.email.management, PASSWORD);
  await page.goto("/mognad/modell");
  await expect(page.getByRole("heading", { level: 1, name: "MSB:s modell för Mognadsdialogen" })).toBeVisible();
  await expect(page.getByText(MSB_PERSPECTIVES.incidenthantering.levels[2].aspects.tillampning[0], { exact: true }).first()).toBeVisible();
  await expect(page.getByText("Text: MSB (Myndigheten för samhällsskydd och beredskap), Mognadsdialogen.").first()).toBeVisible();
  await expectAccessible(page);
});

test("management reads the maturity pages without editing", async ({ page }) => {
  await signIn(page, org.email.management, PASSWORD);
  await page.goto("/mognad");
  await expect(page.getByRole("heading", { level: 1, name: "Mognad" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Ny dialog" })).toHaveCount(0);
  await page.goto("/mognad/mal");
  await expect(page.getByText("Endast informationssäkerhetssamordnare och administratörer kan ändra målnivåerna.")).toBeVisible();
  await expectAccessible(page);
  await page.goto("/mognad/ny");
  await expect(page.getByRole("heading", { level: 1, name: "Åtkomst nekas" })).toBeVisible();
});

test("a ciso edits the target levels", async ({ page }) => {
  await signIn(page, org.email.ciso, PASSWORD);
  await page.goto("/mognad/mal");
  await expectAccessible(page);
  const field = page.getByLabel(sv.perspectives.kompetens);
  const current = await field.inputValue();
  const next = current === "3" ? "4" : "3";
  await field.selectOption(next);
  await page.getByRole("button", { name: "Spara" }).click();
  await expect(page.getByText("Målnivåerna är sparade.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel(sv.perspectives.kompetens)).toHaveValue(next);
  await field.selectOption(current);
  await page.getByRole("button", { name: "Spara" }).click();
  await expect(page.getByText("Målnivåerna är sparade.")).toBeVisible();
});

test("a reporter gets the forbidden page on /mognad", async ({ page }) => {
  await signIn(page, org.email.reporter, PASSWORD);
  await page.goto("/mognad");
  await expect(page.getByRole("heading", { level: 1, name: "Åtkomst nekas" })).toBeVisible();
  await expectAccessible(page);
});
