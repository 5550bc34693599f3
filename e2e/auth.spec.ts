import { expect, test } from "@playwright/test";
import { DEMO, expectAccessible, signIn } from "./support/session";

const ROLES = [
  { email: DEMO.admin, role: "Administratör", sees: ["Administration", "Åtgärder", "Mognad"], hidden: [] },
  { email: DEMO.ciso, role: "Informationssäkerhetssamordnare", sees: ["Risker", "Incidenter", "Åtgärder"], hidden: [] },
  { email: DEMO.informationOwner, role: "Informationsägare", sees: ["Informationstillgångar", "Åtgärder"], hidden: ["Mognad"] },
  { email: DEMO.auditor, role: "Internrevisor", sees: ["Internrevision", "Mognad"], hidden: [] },
  { email: DEMO.management, role: "Ledning", sees: ["Översikt", "Mognad", "Risker"], hidden: [] },
  { email: DEMO.reporter, role: "Medarbetare", sees: ["Incidenter"], hidden: ["Informationstillgångar", "Risker", "Åtgärder", "Mognad"] },
];

test.describe("sign-in", () => {
  test("the login page is accessible and a wrong password is refused", async ({ page }) => {
    await page.goto("/atgarder");
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByRole("heading", { name: "Logga in" })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel("E-post").fill(DEMO.ciso);
    await page.getByLabel("Lösenord").fill("fel-lösenord");
    await page.getByRole("button", { name: "Logga in" }).click();
    await expect(page.getByText("Fel e-post eller lösenord.")).toHaveAttribute("role", "alert");
    await expect(page).toHaveURL(/\/login/);
  });

  for (const { email, role, sees, hidden } of ROLES) {
    test(`${role} signs in, sees what the role allows and signs out`, async ({ page }) => {
      await signIn(page, email);
      await expect(page.getByTestId("user-role")).toHaveText(role);
      const menu = page.getByRole("navigation", { name: "Huvudmeny" });
      for (const item of sees) await expect(menu.getByRole("link", { name: item, exact: true })).toBeVisible();
      for (const item of hidden) await expect(menu.getByRole("link", { name: item, exact: true })).toHaveCount(0);
      await expectAccessible(page);
      await page.getByRole("button", { name: "Logga ut" }).click();
      await expect(page).toHaveURL(/\/login/);
      await page.goto("/");
      await expect(page).toHaveURL(/\/login/);
    });
  }

  test("the language switch shows the app in English", async ({ page }) => {
    await signIn(page, DEMO.auditor);
    await page.getByRole("button", { name: /English/ }).click();
    await expect(page.getByRole("navigation", { name: "Main menu" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expectAccessible(page);
  });
});

test("form validation speaks the UI's language", async ({ page }) => {
  await signIn(page, DEMO.ciso);
  await page.getByRole("button", { name: /English/ }).click();
  await expect(page.getByRole("navigation", { name: "Main menu" })).toBeVisible();
  await page.goto("/atgarder/ny");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByLabel("Title")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText(/too small|at least|expected/i).first()).toBeVisible();
});
