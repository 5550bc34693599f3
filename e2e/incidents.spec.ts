import { expect, test, type Locator, type Page } from "@playwright/test";
import { call, type ApiJson } from "./support/api";
import { createToken, isms } from "./support/cli";
import { DEMO, expectAccessible, signIn } from "./support/session";

// Real pages of the demo organisation, each checked with axe, on a machine shared with other runs.
test.describe.configure({ timeout: 120_000 });

const PHONE = { width: 375, height: 740 };
const DESKTOP = { width: 1280, height: 800 };
const HOUR = 3_600_000;

/** axe at the phone size and at the desktop size, back to where it started. */
async function expectAccessibleAtBothSizes(page: Page) {
  const start = page.viewportSize() ?? PHONE;
  await expectAccessible(page);
  await page.setViewportSize(start.width === PHONE.width ? DESKTOP : PHONE);
  await expectAccessible(page);
  await page.setViewportSize(start);
}

async function expectNoHorizontalScroll(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(PHONE.width);
}

const section = (page: Page, heading: string): Locator =>
  page.locator("section").filter({ has: page.getByRole("heading", { level: 2, name: heading, exact: true }) });

function report(title: string, extra: Record<string, unknown> = {}) {
  const detectedAt = new Date(Date.now() - 2 * HOUR);
  return { title, description: "Skapad av e2e-testet.", occurredAt: new Date(detectedAt.getTime() - HOUR).toISOString(), detectedAt: detectedAt.toISOString(), ...extra };
}

test("an employee reports on a phone; the ciso triages, links a risk, adds an action and closes it with a root cause", async ({ browser, page, request }) => {
  test.setTimeout(180_000); // two users, a dozen pages and as many axe runs on a shared machine
  const stamp = Date.now();
  const ciso = createToken(DEMO.ciso);
  const unit = await call(request, ciso, "POST", "/api/v1/org-units", { name: `Medborgarservice ${stamp}` });
  const asset = await call(request, ciso, "POST", "/api/v1/assets", { name: `Kontaktcenterns e-post ${stamp}`, orgUnitId: unit.body.id });
  const riskTitle = `Nätfiske lurar till sig inloggningsuppgifter ${stamp}`;
  const risk = await call(request, ciso, "POST", "/api/v1/risks", { title: riskTitle, likelihood: 3, consequence: 3, identifiedAt: "2024-01-15" });
  expect([unit.status, asset.status, risk.status]).toEqual([201, 201, 201]);
  const title = `Lämnade lösenord på falsk sida ${stamp}`;
  const yesterday = new Date(Date.now() - 24 * HOUR).toLocaleDateString("sv-SE", { timeZone: "Europe/Stockholm" });

  // The employee, on a phone.
  const phoneContext = await browser.newContext({ viewport: PHONE });
  const phone = await phoneContext.newPage();
  await signIn(phone, DEMO.reporter);
  await phone.goto("/incidenter");
  await expect(phone.getByRole("heading", { level: 1, name: "Mina rapporter" })).toBeVisible();
  await expectAccessible(phone);
  await phone.getByRole("link", { name: "Rapportera incident" }).first().click();
  await expect(phone.getByRole("heading", { level: 1, name: "Rapportera incident" })).toBeVisible();
  await expectNoHorizontalScroll(phone);
  await expectAccessible(phone);
  await phone.getByLabel("Vad hände? (kort rubrik)").fill(title);
  await phone.getByLabel("Beskriv vad som hände").fill("Jag följde en länk i ett mejl och skrev in mitt lösenord innan jag såg att sidan var falsk.");
  await phone.getByLabel("Jag vet bara ungefär när (ange datum)").check();
  await phone.getByLabel("När inträffade det?").fill(yesterday);
  await phone.getByLabel("Sök system eller information").fill(`Kontaktcenterns e-post ${stamp}`);
  await phone.getByRole("checkbox", { name: `Kontaktcenterns e-post ${stamp}` }).check();
  await expect(phone.getByRole("button", { name: `Ta bort Kontaktcenterns e-post ${stamp}` })).toBeVisible();
  await phone.getByRole("radio", { name: "Ja" }).check();
  await phone.getByRole("checkbox", { name: "Angrepp" }).check();
  await phone.getByLabel("Hur når vi dig? (valfritt)").fill("070-123 45 67");
  await expectNoHorizontalScroll(phone);
  await expectAccessible(phone);
  await phone.getByRole("button", { name: "Skicka rapporten" }).click();
  await expect(phone.getByRole("heading", { name: "Tack – rapporten är mottagen" })).toBeVisible();
  const reference = (await phone.getByTestId("incident-reference").textContent())!.trim();
  expect(reference).toMatch(/^INC-\d{4}-\d{4}$/);
  await expectNoHorizontalScroll(phone);
  await expectAccessible(phone);
  await phone.getByRole("link", { name: "Mina rapporter" }).click();
  const myRow = phone.getByRole("listitem").filter({ hasText: reference });
  await expect(myRow).toContainText(title);
  await expect(myRow).toContainText("Rapporterad");

  // The ciso, at a desk.
  await page.setViewportSize(DESKTOP);
  await signIn(page, DEMO.ciso);
  await page.goto("/incidenter");
  await page.getByLabel("Sök", { exact: true }).fill(reference);
  await page.getByRole("button", { name: "Filtrera" }).click();
  await expect(page).toHaveURL(new RegExp(`q=${reference}`));
  await expectAccessible(page);
  await page.getByRole("link", { name: reference }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByTestId("obligations").locator('[data-obligation="gdpr_imy"]')).toContainText("Ska rapporteras");
  await expect(page.getByTestId("foreseen")).toContainText("Nej, oförutsedd");
  await expect(page.getByRole("button", { name: "Skapa riskutkast" })).toBeVisible();
  await expectAccessible(page);

  // Triage: severity 3.
  const triage = section(page, "Bedömning");
  await triage.getByLabel("Allvarlighetsgrad").selectOption("3");
  await triage.getByRole("checkbox", { name: "Konfidentialitet" }).check();
  await triage.getByRole("button", { name: "Spara" }).click();
  await expect(triage.getByText("Bedömningen är sparad.")).toBeVisible();
  await expect(page.getByTestId("incident-summary")).toContainText("3 – Allvarlig");

  // The report to IMY.
  const imy = page.locator("details").filter({ hasText: "Registrera rapport: Personuppgiftsincident till IMY (72 h)" });
  await imy.getByText("Registrera rapport: Personuppgiftsincident till IMY (72 h)").click();
  await imy.getByLabel("Myndighetens referens (valfritt)").fill(`IMY-${stamp}`);
  await imy.getByRole("button", { name: "Registrera rapport", exact: true }).click();
  await expect(page.getByTestId("obligations").locator('[data-obligation="gdpr_imy"]')).toContainText(`IMY-${stamp}`);

  // Link the risk identified before the incident: foreseen.
  const risks = section(page, "Riskanalys");
  await risks.getByLabel("Filtrera risker").fill(riskTitle);
  await risks.getByRole("checkbox", { name: riskTitle }).check();
  await risks.getByRole("button", { name: "Spara" }).click();
  await expect(page.getByTestId("foreseen")).toContainText("Ja, förutsedd");
  await expect(page.getByRole("button", { name: "Skapa riskutkast" })).toHaveCount(0);
  await expectAccessible(page);

  // A corrective action, created from the incident and listed on it.
  const actionTitle = `Inför flerfaktorsinloggning för e-posten ${stamp}`;
  await page.getByRole("link", { name: "Ny åtgärd" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ny åtgärd" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Rubrik").fill(actionTitle);
  await page.getByLabel("Ägare").selectOption({ index: 1 });
  await page.getByRole("button", { name: "Spara" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(section(page, "Korrigerande åtgärder").getByRole("link", { name: actionTitle })).toBeVisible();

  // Through the statuses; the select offers only the allowed next one.
  const handling = section(page, "Status och utredning");
  const status = handling.getByLabel("Ny status");
  for (const [next, label] of [["triaged", "Bedömd"], ["investigating", "Utreds"], ["resolved", "Åtgärdad"]]) {
    await status.selectOption(next);
    await handling.getByRole("button", { name: "Spara" }).click();
    await expect(status.locator("option").first()).toHaveText(`${label} (nuvarande)`);
  }
  await expect(status.locator("option")).toHaveText(["Åtgärdad (nuvarande)", "Avslutad", "Utreds"]);
  // Severity 3 cannot close without a root cause: the server says so on the field.
  await status.selectOption("closed");
  await handling.getByRole("button", { name: "Spara" }).click();
  await expect(handling.getByLabel("Grundorsak")).toHaveAttribute("aria-invalid", "true");
  await expect(handling.getByText("Ange grundorsaken innan incidenten avslutas.")).toBeVisible();
  await expectAccessible(page);
  await handling.getByLabel("Grundorsak").fill("E-posten krävde bara lösenord, och falska inloggningssidor känns inte igen.");
  await handling.getByLabel("Lärdomar").fill("Flerfaktorsinloggning för alla konton; övning i att känna igen nätfiske.");
  await handling.getByRole("button", { name: "Spara" }).click();
  await expect(status.locator("option")).toHaveText(["Avslutad (nuvarande)", "Utreds"]);
  await expect(page.getByTestId("incident-summary")).toContainText("Avslutad");
  await expectAccessible(page);

  // The reporter sees the outcome as a status, nothing of the handling.
  await phone.reload();
  await expect(phone.getByRole("listitem").filter({ hasText: reference })).toContainText("Avslutad");
  await phone.getByRole("link", { name: reference }).click();
  await expect(phone.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(phone.getByText("Grundorsak")).toHaveCount(0);
  await expectNoHorizontalScroll(phone);
  await expectAccessibleAtBothSizes(phone);
  await phoneContext.close();
});

test("a reporter sees only their own reports", async ({ page, request }) => {
  const stamp = Date.now();
  const mine = await call<ApiJson>(request, createToken(DEMO.reporter), "POST", "/api/v1/incidents", report(`Borttappat passerkort ${stamp}`));
  const theirs = await call<ApiJson>(request, createToken(DEMO.ciso), "POST", "/api/v1/incidents", report(`Intrångsförsök mot VPN ${stamp}`));
  expect([mine.status, theirs.status]).toEqual([201, 201]);
  await page.setViewportSize(PHONE);
  await signIn(page, DEMO.reporter);
  await page.goto("/incidenter");
  await expect(page.getByRole("link", { name: String(mine.body.reference) })).toBeVisible();
  await expect(page.getByText(`Intrångsförsök mot VPN ${stamp}`)).toHaveCount(0);
  await expect(page.getByRole("search")).toHaveCount(0);
  await expectAccessibleAtBothSizes(page);
  await page.goto(`/incidenter/${theirs.body.id}`);
  await expect(page.getByRole("heading", { level: 1, name: "Åtkomst nekas" })).toBeVisible();
  await expectAccessible(page);
  await page.goto(`/incidenter/${mine.body.id}`);
  await expect(page.getByText("Du ser rapporten som den skickades")).toBeVisible();
  await expect(page.getByRole("button", { name: "Spara" })).toHaveCount(0);
  await expectAccessibleAtBothSizes(page);
});

test("the register filters, shows overdue reporting in words, charts the trend and exports the filtered list", async ({ page, request }) => {
  const stamp = Date.now();
  const ciso = createToken(DEMO.ciso);
  const detectedAt = new Date(Date.now() - 4 * 24 * HOUR);
  const overdue = await call<ApiJson>(request, ciso, "POST", "/api/v1/incidents", {
    ...report(`Elevlista skickad till fel mottagare ${stamp}`),
    occurredAt: new Date(detectedAt.getTime() - HOUR).toISOString(),
    detectedAt: detectedAt.toISOString(),
    personalData: "yes",
    categories: ["information_loss"],
  });
  expect(overdue.status).toBe(201);
  await page.setViewportSize(DESKTOP);
  await signIn(page, DEMO.ciso);
  await page.goto("/incidenter");
  await expect(page.getByRole("heading", { level: 1, name: "Incidenter" })).toBeVisible();
  await expect(page.getByTestId("incident-trend")).toBeVisible();
  await page.getByText("Visa siffrorna som tabell").click();
  await expect(page.getByTestId("incident-trend-table")).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Sök", { exact: true }).fill(String(stamp));
  await page.getByRole("search").locator('select[name="category"]').selectOption({ label: "Informationsförlust/-läckage" });
  await page.getByLabel("Försenad rapportering").check();
  await page.getByRole("button", { name: "Filtrera" }).click();
  await expect(page).toHaveURL(/obligationOverdue=true/);
  const row = page.getByRole("row").filter({ hasText: String(overdue.body.reference) });
  await expect(row).toContainText("Rapportering försenad");
  await expect(row).toContainText("Nej, oförutsedd");
  await expect(page.getByRole("table", { name: "Incidenter", exact: true }).getByRole("row")).toHaveCount(2);
  await expectAccessible(page);

  const csv = page.getByRole("link", { name: "Exportera CSV" });
  await expect(csv).toHaveAttribute("href", /format=csv/);
  await expect(csv).toHaveAttribute("href", /obligationOverdue=true/);
  await expect(page.getByRole("link", { name: "Exportera Excel" })).toHaveAttribute("href", /format=xlsx/);
  const exported = await page.request.get((await csv.getAttribute("href"))!);
  expect(exported.status()).toBe(200);
  const text = await exported.text();
  expect(text).toContain(String(overdue.body.reference));
  expect(text.trim().split("\n")).toHaveLength(2);

  await page.setViewportSize(PHONE);
  await expectAccessible(page);
});

test("an unforeseen incident drafts a risk in one click", async ({ page, request }) => {
  const title = `Okänd USB-sticka i reception ${Date.now()}`;
  const created = await call<ApiJson>(request, createToken(DEMO.ciso), "POST", "/api/v1/incidents", report(title));
  await signIn(page, DEMO.ciso);
  await page.goto(`/incidenter/${created.body.id}`);
  await page.getByRole("button", { name: "Skapa riskutkast" }).click();
  const link = page.getByTestId("drafted-risk");
  await expect(link).toHaveAttribute("href", /^\/risker\/[0-9a-f-]{36}$/);
  await expect(link).toContainText(title);
  await expect(page.getByRole("button", { name: "Skapa riskutkast" })).toHaveCount(0);
  await expectAccessible(page);
});

test("an admin sets the reporting obligations and categories; a ciso reads them", async ({ page, request, browser }) => {
  const slug = `incident-settings-${Date.now()}`;
  const email = `admin-${slug}@exempel.se`;
  isms("user:create", "--email", email, "--name", "Ada Admin", "--role", "admin", "--org", slug, "--password", "Ada-losen-2026");
  await signIn(page, email, "Ada-losen-2026");
  await page.goto("/admin");
  await page.getByRole("link", { name: "Incidenthantering" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Incidenthantering" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Statlig myndighet som omfattas av MSBFS 2020:8").check();
  await page.getByRole("button", { name: "Lägg till kategori" }).click();
  await page.getByLabel("Kod").last().fill("fysisk_sakerhet");
  await page.getByLabel("Benämning").last().fill("Fysisk säkerhet");
  await page.getByRole("button", { name: "Spara" }).click();
  await expect(page.getByText("Inställningarna är sparade.")).toBeVisible();
  await expectAccessible(page);
  const settings = await call<{ msbfsAgency: boolean; nis2Covered: boolean; categories: { code: string }[] }>(request, createToken(email, slug), "GET", "/api/v1/settings/incidents");
  expect(settings.body).toMatchObject({ msbfsAgency: true, nis2Covered: false });
  expect(settings.body.categories.map((c) => c.code)).toContain("fysisk_sakerhet");
  expect(settings.body.categories).toHaveLength(11);

  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signIn(other, DEMO.ciso);
  await other.goto("/admin/incidenter");
  await expect(other.getByText("Bara administratörer kan ändra inställningarna.")).toBeVisible();
  await expect(other.getByRole("button", { name: "Spara" })).toHaveCount(0);
  await expectAccessible(other);
  await otherContext.close();
});
