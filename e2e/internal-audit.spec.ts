import { expect, test, type Browser, type Page } from "@playwright/test";
import { call } from "./support/api";
import { expectAccessible, pickPerson, signIn } from "./support/session";
import { NAME_OF, ownOrganization, PASSWORD, type Member, type OwnOrganization } from "./support/users";

let org: OwnOrganization;
test.beforeAll(() => {
  org = ownOrganization("internrevision", ["auditor", "informationOwner", "management"]);
});

async function as(browser: Browser, member: Member): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, org.email[member], PASSWORD);
  return page;
}

test("an auditor runs an audit to a report; the responsible person answers; the auditor verifies and escalates to management", async ({ browser, request }) => {
  test.setTimeout(240_000);
  const stamp = Date.now();
  const auditor = await as(browser, "auditor");

  // Plan: a programme, then an audit in it.
  await auditor.goto("/internrevision");
  await expectAccessible(auditor);
  await auditor.getByLabel("Rubrik").fill(`Revisionsprogram ${stamp}`);
  await auditor.getByLabel("Period från").fill("2026-01-01");
  await auditor.getByLabel("Period till").fill("2026-12-31");
  await auditor.getByRole("button", { name: "Nytt revisionsprogram" }).click();
  await expect(auditor.getByRole("heading", { level: 1, name: `Revisionsprogram ${stamp}` })).toBeVisible();
  await auditor.getByLabel("Rubrik").fill(`Behörighetshantering ${stamp}`);
  await auditor.getByLabel("Planerad månad").fill("2026-03");
  await expectAccessible(auditor);
  await auditor.getByRole("button", { name: "Planera revision" }).click();
  await expect(auditor.getByRole("heading", { level: 1, name: `Behörighetshantering ${stamp}` })).toBeVisible();
  const auditUrl = auditor.url();

  // Run it with a checklist, saved as the auditor types.
  await auditor.getByLabel("Fråga").fill("Granskas behörigheter kvartalsvis?");
  await auditor.getByRole("button", { name: "Lägg till fråga" }).click();
  const item = auditor.getByTestId("checklist-item").first();
  await item.getByLabel("Anteckningar").fill("Senaste granskningen gjordes för ett år sedan.");
  await item.getByLabel("Granskade bevis").click();
  await expect(item.getByText("Sparat")).toBeVisible();
  await auditor.getByRole("button", { name: "Ändra status till förberedd" }).click();
  await expect(auditor.getByRole("button", { name: "Ändra status till genomförd" })).toBeVisible();
  await auditor.getByRole("button", { name: "Ändra status till genomförd" }).click();
  await expect(auditor.getByLabel("Sammanfattning")).toBeVisible();

  // A nonconformity with the information owner responsible, then the report.
  const findingForm = auditor.getByRole("form", { name: "Registrera iakttagelse" });
  await findingForm.getByLabel("Rubrik").fill(`Behörigheter granskas inte ${stamp}`);
  await pickPerson(auditor, "Ansvarig", NAME_OF.informationOwner);
  await findingForm.getByRole("button", { name: "Registrera iakttagelse" }).click();
  await expect(auditor.getByRole("link", { name: `Behörigheter granskas inte ${stamp}` })).toBeVisible();
  await expectAccessible(auditor);
  await auditor.getByLabel("Sammanfattning").fill("Behörighetsgranskningen följer inte rutinen.");
  await auditor.getByLabel("Slutsats").selectOption({ label: "Överensstämmer i huvudsak" });
  await auditor.getByRole("button", { name: "Utfärda rapport" }).click();
  await expect(auditor.getByTestId("audit-report")).toContainText("Behörighetsgranskningen följer inte rutinen.");
  await expect(auditor.getByTestId("audit-report")).toContainText(`Mindre avvikelse: Behörigheter granskas inte ${stamp}`);
  await expectAccessible(auditor);
  const auditId = auditUrl.split("/").pop()!;
  const pdf = await request.get(`/api/v1/audits/${auditId}/report.pdf`, { headers: { authorization: `Bearer ${org.token("auditor")}` } });
  expect(pdf.headers()["content-type"]).toBe("application/pdf");

  // The responsible person submits an action plan on the finding page.
  const findings = await call(request, org.token("auditor"), "GET", `/api/v1/findings?auditId=${auditId}`);
  const findingId = findings.body.items![0].id!;
  const owner = await as(browser, "informationOwner");
  await owner.goto(`/internrevision/iakttagelser/${findingId}`);
  await owner.getByLabel("Grundorsak").fill("Ingen ansvarig för granskningen.");
  await owner.getByLabel("Handlingsplan", { exact: true }).fill("Utse ansvarig och granska varje kvartal.");
  await owner.getByLabel("Skicka in handlingsplan").check();
  await expectAccessible(owner);
  await owner.getByRole("button", { name: "Spara" }).click();
  await expect(owner.getByText("Handlingsplan inskickad").first()).toBeVisible();

  // The auditor accepts it; once implemented, the auditor verifies it.
  await auditor.goto(`/internrevision/iakttagelser/${findingId}`);
  await auditor.getByRole("button", { name: "Godkänn handlingsplan" }).click();
  await expect(auditor.getByText("Handlingsplan godkänd").first()).toBeVisible();
  await owner.reload();
  await owner.getByRole("button", { name: "Rapportera genomförd" }).click();
  await expect(owner.getByText("Genomförd", { exact: true }).first()).toBeVisible();
  await auditor.reload();
  await auditor.getByLabel("Kommentar").first().fill("Granskning gjord i mars, protokoll finns.");
  await auditor.getByRole("button", { name: "Registrera effektivitetskontroll" }).click();
  await expect(auditor.getByRole("button", { name: "Stäng iakttagelsen" })).toBeVisible();
  await expectAccessible(auditor);

  // A second, overdue finding is escalated and shows on the management dashboard.
  const late = await call(request, org.token("auditor"), "POST", "/api/v1/findings", { auditId, type: "major_nonconformity", title: `Loggar saknas ${stamp}`, responseDueAt: "2020-01-31" });
  expect(late.status).toBe(201);
  await auditor.goto("/internrevision/iakttagelser?overdue=true");
  await auditor.getByRole("link", { name: `Loggar saknas ${stamp}` }).click();
  await pickPerson(auditor, "Eskaleras till", NAME_OF.management);
  await auditor.getByRole("button", { name: "Eskalera till ledningen" }).click();
  await expect(auditor.getByText(NAME_OF.management).first()).toBeVisible();

  const management = await as(browser, "management");
  await management.goto("/");
  await expect(management.getByTestId("escalated-findings")).toContainText(`Loggar saknas ${stamp}`);
  await expectAccessible(management);
  await management.goto("/internrevision/uppfoljning");
  await expect(management.getByRole("link", { name: `Loggar saknas ${stamp}` }).first()).toBeVisible();
  await expectAccessible(management);
});
