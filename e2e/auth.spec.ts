import { expect, test } from "@playwright/test";
import { E2E_BASE_URL } from "./support/env";
import { expectAccessible, signIn } from "./support/session";
import { ownOrganization, PASSWORD, type OwnOrganization } from "./support/users";

// Signing out ends every session of the account, so each test signs in with an account of its own,
// in the spec's own organisation.
const ROLES = [
  { key: "admin", role: "Administratör", sees: ["Administration", "Åtgärder", "Mognad"], hidden: [] },
  { key: "ciso", role: "Informationssäkerhetssamordnare", sees: ["Risker", "Incidenter", "Åtgärder"], hidden: [] },
  { key: "information_owner", role: "Informationsägare", sees: ["Informationstillgångar", "Åtgärder"], hidden: ["Mognad"] },
  { key: "auditor", role: "Internrevisor", sees: ["Internrevision", "Mognad"], hidden: [] },
  { key: "management", role: "Ledning", sees: ["Översikt", "Mognad", "Risker"], hidden: [] },
  { key: "reporter", role: "Medarbetare", sees: ["Incidenter"], hidden: ["Informationstillgångar", "Risker", "Åtgärder", "Mognad"] },
] as const;

let org: OwnOrganization;
test.beforeAll(() => {
  org = ownOrganization("auth", []);
});

/** A fresh account with the role in the spec's organisation (the operator's CLI path). */
const ownAccount = (role: (typeof ROLES)[number]["key"]): string => org.addUser(role);

test.describe("sign-in", () => {
  test("the login page is accessible and a wrong password is refused", async ({ page }) => {
    await page.goto("/atgarder");
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByRole("heading", { name: "Logga in" })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel("E-post").fill(ownAccount("ciso"));
    await page.getByLabel("Lösenord").fill("fel-lösenord");
    await page.getByRole("button", { name: "Logga in" }).click();
    await expect(page.getByText("Fel e-post eller lösenord.")).toHaveAttribute("role", "alert");
    await expect(page).toHaveURL(/\/login/);
  });

  for (const { key, role, sees, hidden } of ROLES) {
    test(`${role} signs in, sees what the role allows and signs out`, async ({ page }) => {
      await signIn(page, ownAccount(key), PASSWORD);
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

  test("signing out ends the account's other sessions too", async ({ browser }) => {
    const email = ownAccount("ciso");
    // Two browser contexts: two devices with cookies of their own.
    const [laptop, phone] = [await browser.newPage(), await browser.newPage()];
    await signIn(laptop, email, PASSWORD);
    await signIn(phone, email, PASSWORD);
    await laptop.getByRole("button", { name: "Logga ut" }).click();
    await expect(laptop).toHaveURL(/\/login/);
    // The phone still holds its cookie, but the session it carries has been ended.
    await phone.goto("/atgarder");
    await expect(phone).toHaveURL(/\/login/);
    expect((await phone.request.get("/api/v1/me")).status()).toBe(401);
    await Promise.all([laptop.close(), phone.close()]);
  });

  test("a password change on Mitt konto keeps this session and ends the others", async ({ page, browser }) => {
    const email = ownAccount("auditor");
    await signIn(page, email, PASSWORD);
    const otherContext = await browser.newContext();
    const other = await otherContext.newPage();
    await signIn(other, email, PASSWORD);
    await page.getByRole("link", { name: "Mitt konto" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Mitt konto" })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel(/^Nuvarande lösenord/).fill(PASSWORD);
    await page.getByLabel(/^Nytt lösenord/).fill("Ett-nytt-e2e-2026!");
    await page.getByLabel(/^Upprepa det nya lösenordet/).fill("Ett-nytt-e2e-2026!");
    await page.getByRole("button", { name: "Byt lösenord" }).click();
    await expect(page.getByText("Lösenordet är bytt.")).toBeVisible();
    await page.goto("/atgarder");
    await expect(page.getByTestId("user-name")).toBeVisible();
    await other.goto("/atgarder");
    await expect(other).toHaveURL(/\/login/);
    await otherContext.close();
  });

  test("a malformed or foreign callbackUrl is neither an error nor a way off the site", async ({ page, request }) => {
    for (const callbackUrl of ["%E0%A4%A", "javascript:alert(1)", "//evil.example", "/%5Cevil.example", "https://evil.example/"]) {
      const response = await page.goto(`/login?callbackUrl=${callbackUrl}`);
      expect(response?.status(), callbackUrl).toBe(200);
      // next-auth's own sign-in entry sends the visitor on to /login.
      const entry = await request.get(`/api/auth/signin?callbackUrl=${callbackUrl}`, { maxRedirects: 0 });
      expect(entry.status(), callbackUrl).toBe(302);
      expect(entry.headers().location, callbackUrl).toMatch(/^\/login/);
      expect(decodeURIComponent(entry.headers().location), callbackUrl).not.toMatch(/evil\.example|javascript/);
    }
    // A backslash is a slash to the browser: "/\evil.example" would be "//evil.example".
    await page.goto("/login?callbackUrl=/%5Cevil.example");
    await page.getByLabel("E-post").fill(ownAccount("reporter"));
    await page.getByLabel("Lösenord").fill(PASSWORD);
    await page.getByRole("button", { name: "Logga in" }).click();
    await expect(page.getByTestId("user-name")).toBeVisible();
    expect(new URL(page.url()).host).toBe(new URL(E2E_BASE_URL).host);
  });

  test("a page the role may not see answers 403 with a friendly page", async ({ page }) => {
    await signIn(page, ownAccount("reporter"), PASSWORD);
    const response = await page.goto("/risker");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1, name: "Åtkomst nekas" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Huvudmeny" })).toBeVisible();
    await expectAccessible(page);
  });

  test("the language switch shows the app in English", async ({ page }) => {
    await signIn(page, ownAccount("auditor"), PASSWORD);
    await page.getByRole("button", { name: /English/ }).click();
    await expect(page.getByRole("navigation", { name: "Main menu" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expectAccessible(page);
  });
});

test("form validation speaks the UI's language", async ({ page }) => {
  await signIn(page, ownAccount("ciso"), PASSWORD);
  await page.getByRole("button", { name: /English/ }).click();
  await expect(page.getByRole("navigation", { name: "Main menu" })).toBeVisible();
  await page.goto("/atgarder/ny");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByLabel("Title")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("This field is required.").first()).toBeVisible();
  // Written for people, never the validation library's own wording.
  await expect(page.getByText(/too small|expected|invalid/i)).toHaveCount(0);
});

test("the favicon is served to a signed-out browser (the sign-in page shows it)", async ({ request }) => {
  const icon = await request.get("/icon.svg", { maxRedirects: 0 });
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
});
