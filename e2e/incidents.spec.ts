import { expect, test, type Locator, type Page } from "@playwright/test";
import { call, type ApiJson } from "./support/api";
import { expectAccessible, pickPerson, signIn } from "./support/session";
import { NAME_OF, ownOrganization, PASSWORD, type OwnOrganization } from "./support/users";

// Real pages of the spec's own organisation, each checked with axe, on a machine shared with other runs.
test.describe.configure({ timeout: 120_000 });

/** An organisation of its own with `members`, under the cybersäkerhetslag (NIS2), set through the settings API. */
async function nis2Organization(request: Parameters<typeof call>[0], label: string, members: Parameters<typeof ownOrganization>[1]) {
  const own = ownOrganization(label, ["admin", ...(members ?? [])]);
  const current = await call<ApiJson>(request, own.token("admin"), "GET", "/api/v1/settings/incidents");
  const settings = await call<ApiJson>(request, own.token("admin"), "PUT", "/api/v1/settings/incidents", { nis2Covered: true, version: current.body.version });
  expect(settings.status).toBe(200);
  expect(settings.body.nis2Covered).toBe(true);
  return own;
}

let org: OwnOrganization;
test.beforeAll(async ({ request }) => {
  org = await nis2Organization(request, "incidents", ["ciso", "reporter"]);
});

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
  const ciso = org.token("ciso");
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
  await signIn(phone, org.email.reporter, PASSWORD);
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
  await signIn(page, org.email.ciso, PASSWORD);
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

  // Triage: severity 3. The spec's organisation is under NIS2, so three NIS2 reports join IMY's.
  const triage = section(page, "Bedömning");
  await triage.getByLabel("Allvarlighetsgrad").selectOption("3");
  await triage.getByRole("checkbox", { name: "Konfidentialitet" }).check();
  await triage.getByRole("button", { name: "Spara bedömningen" }).click();
  await expect(triage.getByText("Bedömningen är sparad.")).toBeVisible();
  await expect(page.getByTestId("incident-summary")).toContainText("3 – Allvarlig");
  await expect(page.getByTestId("incident-summary")).toContainText("Bedömd");

  // The report to IMY, recorded under "Utredning och avslut" and saved without closing.
  const handling = section(page, "Utredning och avslut");
  const obligation = (name: string) => handling.getByRole("group", { name: new RegExp(name) });
  await expect(handling.getByTestId("obligations-open")).toContainText("Personuppgiftsincident till IMY (72 h)");
  await obligation("Personuppgiftsincident till IMY").getByRole("radio", { name: "Rapporterad" }).check();
  await obligation("Personuppgiftsincident till IMY").getByLabel("Myndighetens referens (valfritt)").fill(`IMY-${stamp}`);
  await expectAccessible(page);
  await handling.getByRole("button", { name: "Spara", exact: true }).click();
  await expect(page.getByTestId("obligations").locator('[data-obligation="gdpr_imy"]')).toContainText(`IMY-${stamp}`);
  await expect(obligation("Personuppgiftsincident till IMY")).toHaveCount(0);

  // Link the risk identified before the incident: foreseen.
  const risks = section(page, "Riskanalys");
  await risks.getByLabel("Filtrera risker").fill(riskTitle);
  await risks.getByRole("checkbox", { name: riskTitle }).check();
  await risks.getByRole("button", { name: "Spara länkarna" }).click();
  await expect(page.getByTestId("foreseen")).toContainText("Ja, förutsedd");
  await expect(page.getByRole("button", { name: "Skapa riskutkast" })).toHaveCount(0);
  await expectAccessible(page);

  // A corrective action, created from the incident and listed on it.
  const actionTitle = `Inför flerfaktorsinloggning för e-posten ${stamp}`;
  await page.getByRole("link", { name: "Ny åtgärd" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ny åtgärd" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Rubrik").fill(actionTitle);
  await pickPerson(page, "Ägare", NAME_OF.ciso);
  await page.getByRole("button", { name: "Spara" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(section(page, "Korrigerande åtgärder").getByRole("link", { name: actionTitle })).toBeVisible();

  // Closing: without a root cause and with the NIS2 reports unsettled it is refused, on the fields.
  await handling.getByRole("button", { name: "Stäng incidenten" }).click();
  await expect(handling.getByText("Incidenten kan inte avslutas ännu")).toBeVisible();
  await expect(handling.getByLabel("Grundorsak")).toHaveAttribute("aria-invalid", "true");
  await expect(handling.getByText("Välj rapporterad eller inte rapporteringspliktig.")).toHaveCount(3);
  await expectAccessible(page);
  await handling.getByLabel("Grundorsak").fill("E-posten krävde bara lösenord, och falska inloggningssidor känns inte igen.");
  await handling.getByLabel("Lärdomar").fill("Flerfaktorsinloggning för alla konton; övning i att känna igen nätfiske.");
  await obligation("Tidig varning till CERT-SE").getByRole("radio", { name: "Rapporterad" }).check();
  await obligation("Incidentanmälan till CERT-SE").getByRole("radio", { name: "Rapporterad" }).check();
  const finalReport = obligation("Slutrapport enligt cybersäkerhetslagen");
  await finalReport.getByRole("radio", { name: "Inte rapporteringspliktig" }).check();
  // A not-reportable assessment needs its motivation.
  await handling.getByRole("button", { name: "Stäng incidenten" }).click();
  await expect(finalReport.getByLabel("Motivering")).toHaveAttribute("aria-invalid", "true");
  await finalReport.getByLabel("Motivering").fill("CERT-SE bedömde efter anmälan att ingen slutrapport behövs.");
  await expect(handling.getByTestId("obligations-open")).toHaveText("Alla rapporteringsskyldigheter är hanterade.");
  await expectAccessible(page);
  await handling.getByRole("button", { name: "Stäng incidenten" }).click();
  await expect(handling.getByText("Incidenten är avslutad.", { exact: true })).toBeVisible();
  await expect(page.getByTestId("incident-summary")).toContainText("Avslutad");
  await expect(handling.getByLabel("Status").locator("option")).toHaveText(["Avslutad (nuvarande)", "Utreds"]);
  await expect(handling.getByRole("button", { name: "Stäng incidenten" })).toHaveCount(0);
  const assessed = page.getByTestId("obligations").locator('[data-obligation="nis2_final_report"]');
  await expect(assessed).toContainText("Inte rapporteringspliktig");
  await expect(assessed).toContainText("CERT-SE bedömde efter anmälan att ingen slutrapport behövs.");
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

test("under NIS2, the ciso closes a serious phishing report from the incident page once every obligation is settled, in 8 actions", async ({ page, request }) => {
  // An organisation of its own (its register holds only this incident), under the cybersäkerhetslag.
  const stamp = Date.now();
  const own = await nis2Organization(request, "incidents-nis2", ["ciso", "reporter"]);
  const cisoToken = own.token("ciso");

  // The employee's report: a phishing mail, no personal data.
  const title = `Nätfiskemejl med falsk inloggningssida ${stamp}`;
  const filed = await call<ApiJson>(request, own.token("reporter"), "POST", "/api/v1/incidents", report(title, { personalData: "no", categories: ["attack"] }));
  expect(filed.status).toBe(201);
  const reference = String(filed.body.reference);

  await page.setViewportSize(DESKTOP);
  await signIn(page, own.email.ciso, PASSWORD);
  await page.goto("/incidenter");
  // Every click, fill, check and select from the register list to the closed incident counts.
  let actions = 0;
  const act = async (step: Promise<unknown>) => {
    actions += 1;
    await step;
  };
  await act(page.getByRole("link", { name: reference }).click());
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  const triage = section(page, "Bedömning");
  await act(triage.getByLabel("Allvarlighetsgrad").selectOption("3"));
  await act(triage.getByRole("button", { name: "Spara bedömningen" }).click());
  const handling = section(page, "Utredning och avslut");
  const open = handling.getByTestId("obligations-open");
  await expect(open).toHaveText(
    "Inte hanterade: Tidig varning till CERT-SE (24 h); Incidentanmälan till CERT-SE (72 h); Slutrapport enligt cybersäkerhetslagen (1 månad efter anmälan).",
  );
  await expect(page.getByTestId("incident-summary")).toContainText("Bedömd");

  // The server refuses to close while they are open, naming each.
  const id = String(filed.body.id);
  const version = Number((await call<ApiJson>(request, cisoToken, "GET", `/api/v1/incidents/${id}`)).body.version);
  const refused = await call<ApiJson>(request, cisoToken, "POST", `/api/v1/incidents/${id}/close`, { rootCause: "Lösenord utan flerfaktor.", version });
  expect(refused.status).toBe(400);
  expect(refused.body.error?.code).toBe("obligations_open");
  expect(Object.keys(refused.body.error?.fields ?? {}).sort()).toEqual(["obligations.nis2_early_warning", "obligations.nis2_final_report", "obligations.nis2_notification"]);

  await act(handling.getByLabel("Grundorsak").fill("Inloggningen till e-posten krävde bara lösenord; länken i mejlet gick till en kopia av inloggningssidan."));
  for (const name of ["Tidig varning till CERT-SE", "Incidentanmälan till CERT-SE", "Slutrapport enligt cybersäkerhetslagen"]) {
    await act(handling.getByRole("group", { name: new RegExp(name) }).getByRole("radio", { name: "Rapporterad" }).check());
  }
  await expect(open).toHaveText("Alla rapporteringsskyldigheter är hanterade.");
  await expectAccessible(page);
  await act(handling.getByRole("button", { name: "Stäng incidenten" }).click());
  await expect(page.getByTestId("incident-summary")).toContainText("Avslutad");
  expect(actions).toBeLessThanOrEqual(8);

  const obligations = page.getByTestId("obligations");
  for (const kind of ["nis2_early_warning", "nis2_notification", "nis2_final_report"]) await expect(obligations.locator(`[data-obligation="${kind}"]`)).toContainText("Rapporterad");
  const closed = await call<ApiJson>(request, cisoToken, "GET", `/api/v1/incidents/${id}`);
  expect(closed.body).toMatchObject({ status: "closed", rootCause: expect.stringContaining("bara lösenord"), obligationOverdue: false });
  await expectAccessible(page);
});

test("a reporter sees only their own reports", async ({ page, request }) => {
  const stamp = Date.now();
  const mine = await call<ApiJson>(request, org.token("reporter"), "POST", "/api/v1/incidents", report(`Borttappat passerkort ${stamp}`));
  const theirs = await call<ApiJson>(request, org.token("ciso"), "POST", "/api/v1/incidents", report(`Intrångsförsök mot VPN ${stamp}`));
  expect([mine.status, theirs.status]).toEqual([201, 201]);
  await page.setViewportSize(PHONE);
  await signIn(page, org.email.reporter, PASSWORD);
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
  const ciso = org.token("ciso");
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
  await signIn(page, org.email.ciso, PASSWORD);
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
  const created = await call<ApiJson>(request, org.token("ciso"), "POST", "/api/v1/incidents", report(title));
  await signIn(page, org.email.ciso, PASSWORD);
  await page.goto(`/incidenter/${created.body.id}`);
  await page.getByRole("button", { name: "Skapa riskutkast" }).click();
  const link = page.getByTestId("drafted-risk");
  await expect(link).toHaveAttribute("href", /^\/risker\/[0-9a-f-]{36}$/);
  await expect(link).toContainText(title);
  await expect(page.getByRole("button", { name: "Skapa riskutkast" })).toHaveCount(0);
  await expectAccessible(page);
});

test("an admin sets the reporting obligations and categories; a ciso reads them", async ({ page, request, browser }) => {
  // An organisation of its own, so the saved settings touch no other test.
  const own = ownOrganization("incident-settings", ["admin", "ciso"]);
  await signIn(page, own.email.admin, PASSWORD);
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
  const settings = await call<{ msbfsAgency: boolean; nis2Covered: boolean; categories: { code: string }[] }>(request, own.token("admin"), "GET", "/api/v1/settings/incidents");
  expect(settings.body).toMatchObject({ msbfsAgency: true, nis2Covered: false });
  expect(settings.body.categories.map((c) => c.code)).toContain("fysisk_sakerhet");
  expect(settings.body.categories).toHaveLength(11);

  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signIn(other, own.email.ciso, PASSWORD);
  await other.goto("/admin/incidenter");
  await expect(other.getByText("Bara administratörer kan ändra inställningarna.")).toBeVisible();
  await expect(other.getByRole("button", { name: "Spara" })).toHaveCount(0);
  await expectAccessible(other);
  await otherContext.close();
});
