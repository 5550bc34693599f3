import { expect, test, type Page } from "@playwright/test";
import { call } from "./support/api";
import { expectAccessible, signIn } from "./support/session";
import { NAME_OF, ownOrganization, PASSWORD, type OwnOrganization } from "./support/users";

let org: OwnOrganization;
test.beforeAll(() => {
  org = ownOrganization("risks", ["admin", "ciso", "management", "reporter"]);
});

const MOTIVATION = "Kostnaden för att åtgärda står inte i proportion till risken. Omprövas vid nästa årliga riskanalys.";

async function fillRisk(page: Page, risk: { title: string; cause: string; event: string; consequence: string; likelihood: string; impact: string }) {
  await page.getByLabel("Rubrik").fill(risk.title);
  await page.getByLabel("På grund av (orsak)").fill(risk.cause);
  await page.getByLabel("inträffar (händelse)").fill(risk.event);
  await page.getByLabel("vilket leder till (konsekvens)").fill(risk.consequence);
  await page.getByRole("combobox", { name: "Sannolikhet", exact: true }).selectOption(risk.likelihood);
  await page.getByRole("combobox", { name: "Konsekvens", exact: true }).selectOption(risk.impact);
}

test("a ciso runs an analysis, adds risks to it, filters by a heat-map cell and adds an action", async ({ page }) => {
  // A long journey through eight pages, each checked with axe.
  test.setTimeout(180_000);
  const stamp = Date.now();
  const analysisTitle = `Riskanalys e-tjänster ${stamp}`;
  const highTitle = `Kapade konton i e-tjänsten ${stamp}`;
  const lowTitle = `Felaktig blankett i e-tjänsten ${stamp}`;
  await signIn(page, org.email.ciso, PASSWORD);

  await page.goto("/risker/analyser");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Ny riskanalys" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ny riskanalys" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Rubrik").fill(analysisTitle);
  await page.getByLabel("Omfattning").fill("Kommunens e-tjänsteplattform och dess inloggning.");
  await page.getByLabel("Deltagare").fill("Karin Berg\nSystemförvaltare e-tjänster");
  await page.getByRole("button", { name: "Spara" }).click();
  await expect(page.getByRole("heading", { level: 1, name: analysisTitle })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Lägg till risk" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ny risk" })).toBeVisible();
  await expectAccessible(page);
  await fillRisk(page, {
    title: highTitle,
    cause: "inloggningen kräver bara lösenord",
    event: "en angripare tar över medborgares konton",
    consequence: "personuppgifter röjs och ärenden manipuleras",
    likelihood: "3",
    impact: "4",
  });
  await expect(page.getByTestId("level-preview")).toHaveText("12 · hög");
  await expect(page.getByText("På grund av inloggningen kräver bara lösenord inträffar en angripare tar över medborgares konton")).toBeVisible();
  await page.getByRole("combobox", { name: "Behandling", exact: true }).selectOption("reduce");
  await page.getByLabel("Sannolikhet efter behandling").selectOption("1");
  await page.getByLabel("Konsekvens efter behandling").selectOption("4");
  await page.getByRole("button", { name: "Spara" }).click();
  await expect(page.getByRole("heading", { level: 1, name: analysisTitle })).toBeVisible();
  const risks = page.getByRole("table", { name: "Analysens risker", exact: true });
  await expect(risks.getByRole("row").filter({ hasText: highTitle })).toContainText("12 · hög");

  await page.getByRole("link", { name: "Lägg till risk" }).click();
  await fillRisk(page, { title: lowTitle, cause: "en blankett är inaktuell", event: "fel uppgifter lämnas", consequence: "handläggningen försenas", likelihood: "1", impact: "2" });
  await expect(page.getByTestId("level-preview")).toHaveText("2 · låg");
  await page.getByRole("button", { name: "Spara" }).click();
  await expect(risks.getByRole("row").filter({ hasText: lowTitle })).toContainText("2 · låg");
  await expectAccessible(page);

  await page.getByRole("link", { name: "Riskregister" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Risker" })).toBeVisible();
  await expectAccessible(page);
  const matrix = page.getByRole("table", { name: "Riskmatris – nuvarande risk", exact: true });
  await matrix.getByRole("link", { name: /sannolikhet 3 och konsekvens 4/ }).click();
  await expect(page).toHaveURL(/likelihood=3&consequence=4/);
  await expect(page.getByText("Listan visar risker med sannolikhet 3 och konsekvens 4.")).toBeVisible();
  const list = page.getByRole("table", { name: "Risker", exact: true });
  await expect(list.getByRole("link", { name: highTitle })).toBeVisible();
  await expect(list.getByRole("link", { name: lowTitle })).toHaveCount(0);
  const levels = await list.locator("tbody tr td:nth-child(2)").allTextContents();
  expect(levels.length).toBeGreaterThan(0);
  expect(new Set(levels)).toEqual(new Set(["12 · hög"]));
  await expectAccessible(page);

  await list.getByRole("link", { name: highTitle }).click();
  await expect(page.getByRole("heading", { level: 1, name: highTitle })).toBeVisible();
  await expect(page.getByTestId("residual-level")).toContainText("4 · medelhög");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Ny åtgärd" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ny åtgärd" })).toBeVisible();
  const actionTitle = `Inför tvåfaktorsinloggning ${stamp}`;
  await page.getByLabel("Rubrik").fill(actionTitle);
  await page.getByLabel("Förfallodag").fill("2021-06-30");
  await page.getByRole("button", { name: "Spara" }).click();
  await expect(page.getByRole("heading", { level: 1, name: highTitle })).toBeVisible();
  const actions = page.getByRole("table", { name: "Åtgärder", exact: true });
  await expect(actions.getByRole("row").filter({ hasText: actionTitle })).toContainText("Försenad");
  await expect(page.getByText("1 försenad åtgärd").first()).toBeVisible();
  await expectAccessible(page);
});

test.describe("acceptance", () => {
  let ciso: string;
  test.beforeAll(() => {
    ciso = org.token("ciso");
  });

  const highRisk = async (request: Parameters<typeof call>[0], title: string) => {
    const { status, body } = await call(request, ciso, "POST", "/api/v1/risks", {
      title,
      cause: "serverrummet saknar brandlarm",
      event: "en brand sprids",
      consequenceText: "driften står still i veckor",
      likelihood: 3,
      consequence: 4,
    });
    expect(status).toBe(201);
    return body.id!;
  };

  test("management accepts a risk with a motivation and sees the decision recorded", async ({ page, request }) => {
    const id = await highRisk(request, `Brand i serverrummet ${Date.now()}`);
    await signIn(page, org.email.management, PASSWORD);
    await page.goto(`/risker/${id}`);
    await expectAccessible(page);
    await page.getByRole("button", { name: "Acceptera risken" }).click();
    await expect(page.getByLabel("Motivering")).toHaveAttribute("aria-invalid", "true");
    await page.getByLabel("Motivering").fill(MOTIVATION);
    await page.getByRole("button", { name: "Acceptera risken" }).click();
    const record = page.getByTestId("acceptance-record");
    await expect(record).toContainText(NAME_OF.management);
    await expect(record).toContainText(MOTIVATION);
    await expect(page.getByRole("button", { name: "Acceptera risken" })).toHaveCount(0);
    await expect(page.getByRole("table", { name: "Risknivåer över tid, senaste först" }).getByRole("row").nth(1)).toContainText("Accepterad");
    await expectAccessible(page);
  });

  test("a ciso proposes accepting a high risk and management accepts it from Översikt", async ({ page, browser, request }) => {
    const title = `Brand i arkivet ${Date.now()}`;
    const id = await highRisk(request, title);
    await signIn(page, org.email.ciso, PASSWORD);
    await page.goto(`/risker/${id}`);
    await expect(page.getByTestId("acceptance-deciders")).toContainText("Du kan inte själv besluta om acceptans på nivån hög");
    await expect(page.getByTestId("acceptance-deciders")).toContainText("ledningen");
    await expect(page.getByRole("button", { name: "Acceptera risken" })).toHaveCount(0);
    await page.getByLabel("Motivering").fill(MOTIVATION);
    await page.getByRole("button", { name: "Skicka förslaget" }).click();
    await expect(page.getByTestId("acceptance-proposal")).toContainText(`${NAME_OF.ciso} har föreslagit att risken accepteras`);
    await expectAccessible(page);

    const context = await browser.newContext();
    const management = await context.newPage();
    await signIn(management, org.email.management, PASSWORD);
    await management.goto("/");
    await expect(management.getByRole("heading", { level: 2, name: "Väntar på ditt beslut" })).toBeVisible();
    const waiting = management.getByTestId("awaiting-decision");
    await expect(waiting.getByRole("link", { name: title })).toBeVisible();
    await expect(waiting).toContainText(MOTIVATION);
    await expectAccessible(management);
    await management.getByLabel("Motivering till beslutet").fill("Ledningsgruppen accepterar risken till nästa budgetår.");
    await management.getByRole("button", { name: "Spara beslutet" }).click();
    await expect(management.getByTestId("awaiting-decision")).toHaveCount(0);
    await management.goto(`/risker/${id}`);
    const record = management.getByTestId("acceptance-record");
    await expect(record).toContainText("Risken är accepterad.");
    await expect(record).toContainText(NAME_OF.management);
    await context.close();
  });
});

test("a ciso lowers a risk's likelihood and the level history keeps both levels", async ({ page, request }) => {
  const token = org.token("ciso");
  const title = `Obehörig åtkomst till arkivet ${Date.now()}`;
  const { body } = await call(request, token, "POST", "/api/v1/risks", { title, likelihood: 3, consequence: 4 });
  await signIn(page, org.email.ciso, PASSWORD);
  await page.goto(`/risker/${body.id}`);
  await page.getByRole("link", { name: "Ändra risk" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ändra risk" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("combobox", { name: "Sannolikhet", exact: true }).selectOption("1");
  await expect(page.getByTestId("level-preview")).toHaveText("4 · medelhög");
  await page.getByRole("button", { name: "Spara" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const history = page.getByRole("table", { name: "Risknivåer över tid, senaste först" });
  await expect(history.getByRole("row")).toHaveCount(3);
  await expect(history.getByRole("row").nth(1)).toContainText("4 · medelhög");
  await expect(history.getByRole("row").nth(2)).toContainText("12 · hög");
});

test("an admin edits bands and acceptance criteria from Administration", async ({ page }) => {
  await signIn(page, org.email.admin, PASSWORD);
  await page.goto("/admin");
  await page.getByRole("link", { name: "Riskklasser och acceptanskriterier" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Riskklasser och acceptanskriterier" })).toBeVisible();
  await expect(page.getByTestId("risk-bands")).toContainText("hög: 8–12");
  await expect(page.getByLabel("Högsta nivå för medelhög")).toHaveValue("6");
  await expect(page.getByLabel("Beslutsfattaren ska bekräfta beslut som någon annan registrerat för hens räkning")).not.toBeChecked();
  await expectAccessible(page);
});

test("the ciso reads the acceptance criteria without editing them", async ({ page }) => {
  await signIn(page, org.email.ciso, PASSWORD);
  await page.goto("/admin/risker");
  await expect(page.getByRole("cell", { name: "Informationssäkerhetssamordnaren", exact: true })).toBeVisible();
  await expect(page.getByTestId("risk-confirm-setting")).toBeVisible();
  await expect(page.getByLabel("Högsta nivå för medelhög")).toHaveCount(0);
  await expect(page.getByText("Endast administratören kan ändra riskklasser och acceptanskriterier.")).toBeVisible();
});

test("management reads the acceptance criteria without editing them", async ({ page }) => {
  await signIn(page, org.email.management, PASSWORD);
  await page.goto("/admin/risker");
  await expect(page.getByRole("cell", { name: "Ledningen", exact: true })).toBeVisible();
  await expect(page.getByLabel("Högsta nivå för medelhög")).toHaveCount(0);
  await expectAccessible(page);
});

test("a reporter gets the forbidden page", async ({ page }) => {
  await signIn(page, org.email.reporter, PASSWORD);
  for (const path of ["/risker", "/risker/analyser", "/risker/ny", "/admin/risker"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: "Åtkomst nekas" })).toBeVisible();
  }
  await expectAccessible(page);
});
