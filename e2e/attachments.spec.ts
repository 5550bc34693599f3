import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { call } from "./support/api";
import { expectAccessible, signIn } from "./support/session";
import { ownOrganization, PASSWORD, type OwnOrganization } from "./support/users";

let org: OwnOrganization;
test.beforeAll(() => {
  org = ownOrganization("attachments", ["ciso", "informationOwner"]);
});

/** A small PDF: the magic header the server checks, then some text. */
const pdfBytes = (label: string) => Buffer.from(`%PDF-1.4\n% ${label}\n${"Beslut om informationsklassning. ".repeat(4000)}\n%%EOF\n`);

test("an information owner drags a file onto their asset, sees it listed and downloads it", async ({ page, request }) => {
  const stamp = Date.now();
  const ciso = org.token("ciso");
  const owner = await call(request, org.token("informationOwner"), "GET", "/api/v1/me");
  const unit = await call(request, ciso, "POST", "/api/v1/org-units", { name: `Miljöförvaltningen ${stamp}` });
  const asset = await call(request, ciso, "POST", "/api/v1/assets", { name: `Tillsynsärenden ${stamp}`, orgUnitId: unit.body.id, ownerId: owner.body.id });
  expect(asset.status).toBe(201);

  await signIn(page, org.email.informationOwner, PASSWORD);
  await page.goto(`/tillgangar/${asset.body.id}`);
  const panel = page.getByRole("region", { name: "Filer och bevis" });
  await expect(panel.getByText("Inga filer ännu.")).toBeVisible();
  await expectAccessible(page);

  // Drag and drop: a real drop event carrying the file.
  const dropped = pdfBytes("dropped");
  const dataTransfer = await page.evaluateHandle((base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], "Beslut om klassning.pdf", { type: "application/pdf" }));
    return transfer;
  }, dropped.toString("base64"));
  await page.getByTestId("files-drop-zone").dispatchEvent("drop", { dataTransfer });
  await expect(panel.getByText("Beslut om klassning.pdf är uppladdad.")).toBeVisible();
  const link = panel.getByRole("link", { name: "Ladda ner Beslut om klassning.pdf" });
  await expect(link).toBeVisible();

  // The same through the labelled file field, as a keyboard user would; an executable is refused by its content.
  await panel.getByLabel("Välj filer").setInputFiles([
    { name: "anteckning.txt", mimeType: "text/plain", buffer: Buffer.from("Granskad 2026 utan ändring.\n") },
    { name: "program.pdf", mimeType: "application/pdf", buffer: Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46]), Buffer.alloc(2048, 1)]) },
  ]);
  await expect(panel.getByText("anteckning.txt är uppladdad.")).toBeVisible();
  await expect(panel.getByText(/program\.pdf: Filen program\.pdf är inte en tillåten filtyp/)).toBeVisible();
  await expect(panel.getByRole("link", { name: /^Ladda ner/ })).toHaveCount(2);
  await expectAccessible(page);

  // Download: the same bytes come back.
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toBe("Beslut om klassning.pdf");
  expect((await readFile((await download.path())!)).equals(dropped)).toBe(true);

  // Still there after a reload (loaded on the server), and deleted after confirming.
  await page.reload();
  await expect(panel.getByRole("link", { name: /^Ladda ner/ })).toHaveCount(2);
  page.once("dialog", (dialog) => dialog.accept());
  await panel.getByRole("button", { name: "Ta bort anteckning.txt" }).click();
  await expect(panel.getByText("anteckning.txt är borttagen.")).toBeVisible();
  await expect(panel.getByRole("link", { name: /^Ladda ner/ })).toHaveCount(1);
});
