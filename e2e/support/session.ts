import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "Exempel-2026!";

export const DEMO = {
  admin: "admin@exempelkommunen.se",
  ciso: "ciso@exempelkommunen.se",
  informationOwner: "informationsagare@exempelkommunen.se",
  informationOwner2: "informationsagare2@exempelkommunen.se",
  auditor: "revisor@exempelkommunen.se",
  management: "ledning@exempelkommunen.se",
  reporter: "medarbetare@exempelkommunen.se",
} as const;

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("E-post").fill(email);
  await page.getByLabel("Lösenord").fill(password);
  await page.getByRole("button", { name: "Logga in" }).click();
  await expect(page.getByTestId("user-name")).toBeVisible();
}

/** WCAG 2.1 A/AA checks on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`);
  expect(summary, "axe violations").toEqual([]);
}

/** Picks one person in a server-searched person picker (owner, handler) by typing part of the name. */
export async function pickPerson(page: Page, legend: string, name: string): Promise<void> {
  await page.getByLabel(`Sök ${legend.toLowerCase()}`, { exact: true }).fill(name.slice(0, 6));
  await page.getByRole("radio", { name, exact: true }).check();
  await expect(page.getByRole("button", { name: `Ta bort ${name}` })).toBeVisible();
}
