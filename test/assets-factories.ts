import ExcelJS from "exceljs";
import type { Principal } from "../lib/authz/roles";
import { createAsset } from "../lib/assets/service";
import type { AssetCreate } from "../lib/assets/schema";
import { createOrgUnit, createOrgWithRoles } from "./factories";

/** An organisation with one principal per role and one org unit to put assets in. */
export async function createAssetSetup() {
  const roles = await createOrgWithRoles();
  const unit = await createOrgUnit(roles.organization.id, "Socialförvaltningen");
  return { ...roles, unit };
}

/**
 * The one asset factory: through the register's service as `principal` (who must be allowed to create
 * assets), in a fresh org unit unless `orgUnitId` is given.
 */
export async function createTestAsset(principal: Principal, input: Partial<AssetCreate> = {}) {
  const orgUnitId = input.orgUnitId ?? (await createOrgUnit(principal.organizationId)).id;
  return createAsset(principal, { name: "Personakter", kind: "information", personalData: false, sensitivePersonalData: false, ...input, orgUnitId });
}

/** A spreadsheet as the import reads it, from a header row and data rows. */
export async function xlsxBuffer(rows: (string | number | null)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Tillgångar");
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const csvBuffer = (rows: (string | number | null)[][], delimiter = ";") =>
  Buffer.from(`\uFEFF${rows.map((row) => row.map((cell) => (cell === null ? "" : String(cell))).join(delimiter)).join("\r\n")}\r\n`, "utf8");

export const IMPORT_HEADERS = ["Namn", "Beskrivning", "Typ", "Verksamhet", "Informationsägare", "Konfidentialitet", "Riktighet", "Tillgänglighet", "Spårbarhet", "Personuppgifter", "Känsliga personuppgifter", "Lagkrav"];
