import { expect, test } from "@playwright/test";
import { call, type ApiJson } from "./support/api";
import { expectAccessible, signIn } from "./support/session";
import { ownOrganization, PASSWORD, type OwnOrganization } from "./support/users";

let org: OwnOrganization;
test.beforeAll(() => {
  org = ownOrganization("questionnaire", ["ciso", "reporter"]);
});

test("a ciso answers the built-in set with pre-filled answers and evidence, submits, sees the level and compares", async ({ page, request }) => {
  test.setTimeout(240_000);
  const stamp = Date.now();
  const ciso = org.token("ciso");
  // Register data the pre-fill can count: one unit with one classified asset that has an owner.
  const me = await call(request, ciso, "GET", "/api/v1/me");
  const unit = await call(request, ciso, "POST", "/api/v1/org-units", { name: `Kultur och fritid ${stamp}` });
  const assetName = `Bokningsregister ${stamp}`;
  const asset = await call(request, ciso, "POST", "/api/v1/assets", { name: assetName, orgUnitId: unit.body.id, ownerId: me.body.id, confidentiality: 2, integrity: 2, availability: 1 });
  expect(asset.status).toBe(201);
  // An earlier, submitted measurement to compare with.
  const sets = await call<{ items: ApiJson[] }>(request, ciso, "GET", "/api/v1/questionnaires");
  const setId = sets.body.items[0].id as string;
  const earlierTitle = `Uppföljning tidigare ${stamp}`;
  const earlier = await call(request, ciso, "POST", `/api/v1/questionnaires/${setId}/responses`, {
    title: earlierTitle,
    periodFrom: "2022-11-01",
    periodTo: "2024-10-31",
    answers: [{ questionCode: "e1-06", optionKeys: ["partly"], certain: false }],
  });
  expect((await call(request, ciso, "POST", `/api/v1/questionnaires/${setId}/responses/${earlier.body.id}/submit`, { version: earlier.body.version })).status).toBe(200);
  // A reporter may not read the questionnaire.
  expect((await call(request, org.token("reporter"), "GET", "/api/v1/questionnaires")).status).toBe(403);

  await signIn(page, org.email.ciso, PASSWORD);
  await page.goto("/mognad");
  await page.getByRole("link", { name: "Uppföljningsmodellen (frågeformulär)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Uppföljningsmodellen" })).toBeVisible();
  await expectAccessible(page);
  const title = `Uppföljning e2e ${stamp}`;
  await page.getByLabel("Namn på mätningen").fill(title);
  await page.getByRole("button", { name: "Påbörja mätning" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  // One work area: informationsklassning. Two answers come from the registers.
  await page.getByLabel("Arbetsområde").selectOption({ label: "Informationsklassning" });
  await expect(page.getByTestId("question-e1-04")).toHaveCount(0);
  for (const code of ["e1-05", "e3-03"]) {
    const proposal = page.getByTestId(`proposal-${code}`);
    await expect(proposal).toContainText("100");
    await proposal.getByRole("button", { name: /^Använd förslaget/ }).click();
    await expect(page.getByTestId(`question-${code}`).getByText("Svaret kommer från registren och räknas som säkert.")).toBeVisible();
  }
  const classModel = page.getByTestId("question-e1-06");
  await classModel.getByRole("radio", { name: "Ja, beslutad och använd" }).check();
  await classModel.getByRole("checkbox", { name: "Säker bedömning (dokumenterat underlag finns)" }).check();
  await classModel.getByLabel("Sök underlag till e1-06").fill(assetName.slice(0, 12));
  await classModel.getByRole("checkbox", { name: assetName }).check();
  const review = page.getByTestId("question-e2-04");
  await review.getByRole("checkbox", { name: "Alla klassningarna" }).check();
  await review.getByRole("checkbox", { name: "Säker bedömning (dokumenterat underlag finns)" }).check();
  await expect(page.getByTestId("save-state")).toHaveText("Sparat", { timeout: 15_000 });
  await expectAccessible(page);

  // Saved as you go: a reload shows the answers and the evidence.
  await page.reload();
  await page.getByLabel("Arbetsområde").selectOption({ label: "Informationsklassning" });
  await expect(page.getByTestId("question-e1-06").getByRole("link", { name: assetName })).toBeVisible();
  await expect(page.getByText("4 av 40 frågor besvarade")).toBeVisible();

  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Skicka in" }).click();
  await expect(page).toHaveURL(/\/resultat$/);
  await expect(page.getByTestId("result-level")).toHaveText("Under nivå 1");
  await expect(page.getByTestId("next-facts")).toContainText("Vad som krävs för nivå 1");
  await expect(page.getByTestId("improve-e1-01")).toBeVisible();
  await expect(page.getByRole("link", { name: "Resultatet som PDF" })).toHaveAttribute("href", /\/result\.pdf$/);
  await expect(page.getByRole("heading", { name: "Jämförelse med andra organisationer" })).toBeVisible();
  await expectAccessible(page);

  await page.goto("/mognad/uppfoljning");
  await page.getByLabel("Tidigare mätning").selectOption({ label: earlierTitle });
  await page.getByLabel("Senare mätning").selectOption({ label: title });
  await page.getByRole("button", { name: "Jämför" }).click();
  await expect(page.getByTestId("compare-overall")).toContainText(earlierTitle);
  await expect(page.getByRole("cell", { name: /e1-05/ })).toBeVisible();
  await expectAccessible(page);
});
