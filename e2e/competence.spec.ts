import { expect, test } from "@playwright/test";
import { call } from "./support/api";
import { expectAccessible, signIn } from "./support/session";
import { ownOrganization, PASSWORD, type OwnOrganization } from "./support/users";

let org: OwnOrganization;
test.beforeAll(() => {
  org = ownOrganization("competence", ["ciso", "reporter"]);
});

test("a ciso uploads an HR file, registers a session for a unit, sees its coverage change and reads the overdue list", async ({ page, request }) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const unitName = `Kulturförvaltningen ${stamp}`;
  const course = `Grundkurs informationssäkerhet ${stamp}`;
  const ciso = org.token("ciso");
  const unit = await call(request, ciso, "POST", "/api/v1/org-units", { name: unitName });
  expect(unit.status).toBe(201);
  const training = await call(request, ciso, "POST", "/api/v1/trainings", { title: course, kind: "e_learning", mandatory: true, recurrenceMonths: 12, status: "active", knowledgeAreas: ["rules"] });
  expect(training.status).toBe(201);

  await signIn(page, org.email.ciso, PASSWORD);
  await page.goto("/kompetens/import");
  await expectAccessible(page);
  const file = ["Namn;Anställningsnummer;E-post;Verksamhet;Anställd från", `Astrid Ek;${stamp}1;;${unitName};2020-02-01`, `Bo Ek;${stamp}2;;${unitName};2021-03-01`, `Cilla Ek;${stamp}3;;${unitName};2019-04-01`];
  await page.getByLabel("Fil").setInputFiles({ name: "hr.csv", mimeType: "text/csv", buffer: Buffer.from(file.join("\n")) });
  await page.getByRole("button", { name: "Förhandsgranska" }).click();
  await expect(page.getByTestId("hr-import-result")).toContainText("3 nya, 0 ändrade, 0 avslutade.");
  // The preview changes nothing until confirmed.
  expect((await call(request, ciso, "GET", `/api/v1/people?orgUnitId=${unit.body.id}`)).body.total).toBe(0);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Genomför importen" }).click();
  await expect(page.getByTestId("hr-import-result")).toContainText("Importen är genomförd.");

  await page.goto("/kompetens");
  const unitRow = page.getByRole("row", { name: new RegExp(unitName) });
  await expect(unitRow).toContainText("0 %");
  await expectAccessible(page);

  await page.goto(`/kompetens/utbildningar/${training.body.id}`);
  await expect(page.getByRole("heading", { level: 1, name: course })).toBeVisible();
  await page.getByLabel("Verksamhet att välja deltagare från").selectOption({ label: unitName });
  await expect(page.getByRole("checkbox", { name: "Cilla Ek" })).toBeChecked();
  await page.getByRole("checkbox", { name: "Cilla Ek" }).uncheck();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Registrera", exact: true }).click();
  await expect(page.getByText("2 genomföranden registrerade.")).toBeVisible();

  await page.goto("/kompetens");
  await expect(page.getByRole("row", { name: new RegExp(unitName) })).toContainText("67 %");

  await unitRow.getByRole("link", { name: unitName }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Försenade" })).toBeVisible();
  const overdue = page.getByRole("table", { name: "Försenade och aldrig genomförda" });
  await expect(overdue.getByRole("row", { name: /Cilla Ek/ })).toContainText("Aldrig genomförd");
  await expect(overdue.getByRole("row", { name: /Astrid Ek/ })).toHaveCount(0);
  await expectAccessible(page);
  const exported = await request.get(`/api/v1/people/overdue/export?format=csv&orgUnitId=${unit.body.id}`, { headers: { authorization: `Bearer ${ciso}` } });
  expect(await exported.text()).toContain("Cilla Ek");

  // A reporter reads only their own trainings, never the staff register.
  expect((await call(request, org.token("reporter"), "GET", "/api/v1/people")).status).toBe(403);
});

test("the register's other pages pass axe, and a survey compares with the previous one", async ({ page, request }) => {
  test.setTimeout(120_000);
  const ciso = org.token("ciso");
  const stamp = Date.now();
  const body = (year: number, score: number) => ({ title: `Kartläggning ${year} ${stamp}`, conductedAt: `${year}-10-01`, method: "questionnaire", areas: ["rules"], results: [{ area: "rules", score }] });
  expect((await call(request, ciso, "POST", "/api/v1/knowledge-surveys", body(2024, 50))).status).toBe(201);
  expect((await call(request, ciso, "POST", "/api/v1/knowledge-surveys", body(2025, 58))).status).toBe(201);
  await signIn(page, org.email.ciso, PASSWORD);
  await page.goto("/kompetens/kartlaggningar");
  const latest = page.getByRole("table", { name: `Kartläggning 2025 ${stamp}` });
  await expect(latest.getByRole("row", { name: /Gällande regler och krav/ })).toContainText("+8");
  await expectAccessible(page);
  for (const path of ["/kompetens/personer", "/kompetens/utbildningar", "/kompetens/utbildningar/ny", "/kompetens/personer/ny", "/kompetens/forsenade"]) {
    await page.goto(path);
    await expectAccessible(page);
  }
});
