import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, signIn } from "./support/session";
import { ownOrganization, PASSWORD } from "./support/users";

/** Every CSP violation the browser reports on the page, as console errors or events. */
function watchPolicy(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && message.text().includes("Content Security Policy")) violations.push(message.text());
  });
  page.on("pageerror", (error) => {
    if (error.message.includes("Content Security Policy")) violations.push(error.message);
  });
  return violations;
}

test("the app runs under its Content-Security-Policy without a single violation", async ({ page }) => {
  const violations = watchPolicy(page);
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => console.error(`Content Security Policy: ${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber} ${event.sample} ${location.pathname}`));
  });
  const login = await page.goto("/login");
  expect(login?.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-/);
  await expectAccessible(page);
  await signIn(page, ownOrganization("csp", ["ciso"]).email.ciso, PASSWORD);
  for (const path of ["/", "/risker", "/incidenter", "/mognad", "/tillgangar"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // Hydrated: client navigation works only when the nonce-carrying scripts ran.
    await expect(page.getByRole("navigation", { name: "Huvudmeny" })).toBeVisible();
  }
  await page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Åtgärder", exact: true }).click();
  await expect(page).toHaveURL(/\/atgarder$/);
  await expectAccessible(page);
  expect(violations).toEqual([]);
});
