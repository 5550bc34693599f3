import { expect, test } from "@playwright/test";
import { call } from "./support/api";
import { expectAccessible, signIn } from "./support/session";
import { NAME_OF, ownOrganization, PASSWORD } from "./support/users";

test("the change log shows who by name, the record as a link and each field before → after; the type filter narrows it", async ({ page, request }) => {
  const stamp = Date.now();
  const org = ownOrganization("audit-log", ["ciso", "auditor"]);
  const ciso = org.token("ciso");
  const first = `Granska behörigheter ${stamp}`;
  const renamed = `Granska behörigheter i ekonomisystemet ${stamp}`;
  const created = await call(request, ciso, "POST", "/api/v1/actions", { title: first, dueAt: "2026-09-30" });
  expect(created.status).toBe(201);
  const changed = await call(request, ciso, "PATCH", `/api/v1/actions/${created.body.id}`, { title: renamed, status: "in_progress", version: created.body.version });
  expect(changed.status).toBe(200);
  // Something of another type, which the filter must leave out.
  const unit = await call(request, ciso, "POST", "/api/v1/org-units", { name: `Revisionsenheten ${stamp}` });
  expect(unit.status).toBe(201);

  await signIn(page, org.email.auditor, PASSWORD);
  await page.goto("/admin/logg");
  await expect(page.getByRole("heading", { level: 1, name: "Ändringslogg" })).toBeVisible();
  await page.getByLabel("Posttyp").selectOption({ label: "Åtgärd" });
  await page.getByRole("button", { name: "Filtrera" }).click();
  await expect(page).toHaveURL(/entity=action/);

  const table = page.getByRole("table", { name: "Ändringslogg" });
  const update = table
    .getByRole("row")
    .filter({ has: page.getByRole("link", { name: renamed }) })
    .filter({ has: page.getByRole("cell", { name: "Ändrade", exact: true }) });
  await expect(update).toHaveCount(1);
  await expect(update.getByRole("cell", { name: NAME_OF.ciso, exact: true })).toBeVisible();
  await expect(update.getByRole("link", { name: renamed })).toHaveAttribute("href", `/atgarder/${created.body.id}`);
  await expect(update.getByRole("listitem").filter({ hasText: "Rubrik:" })).toHaveText(new RegExp(`^Rubrik: ${first} →.* ${renamed}$`));
  await expect(update.getByRole("listitem").filter({ hasText: "Status:" })).toContainText("Planerad");
  await expect(update.getByRole("listitem").filter({ hasText: "Status:" })).toContainText("Pågår");
  // Names, not e-mail addresses; no internal codes.
  await expect(table).not.toContainText(`@${org.slug}`);
  await expect(table).not.toContainText("in_progress");
  // Only actions under the filter.
  await expect(table.getByText(`Revisionsenheten ${stamp}`)).toHaveCount(0);
  await expectAccessible(page);

  // The record's own history panel says the same.
  await update.getByRole("link", { name: renamed }).click();
  await expect(page.getByRole("heading", { level: 1, name: renamed })).toBeVisible();
  const history = page.locator("section").filter({ has: page.getByRole("heading", { name: "Ändringshistorik" }) });
  await expect(history.getByText(`${NAME_OF.ciso} ändrade`)).toBeVisible();
  // The newest event first: its title row reads old → new.
  await expect(history.locator("[data-audit-field='title']").first()).toHaveText(new RegExp(`^Rubrik: ${first} →.* ${renamed}$`));
  await expectAccessible(page);
});
