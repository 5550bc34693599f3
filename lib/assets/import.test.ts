import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { createAssetSetup, createTestAsset, csvBuffer, IMPORT_HEADERS, xlsxBuffer } from "../../test/assets-factories";
import { createPrincipal } from "../../test/factories";
import { db } from "../db/client";
import { exportAssets } from "./export";
import { importAssets } from "./import";
import { parseCsv } from "./import-parse";
import { listAssets } from "./queries";
import { assetExportQuerySchema, assetListQuerySchema } from "./schema";

const row = (name: string, unit: string, owner: string, levels: (number | string | null)[], extra: (string | null)[] = ["nej", "nej", ""]) => [
  name,
  "",
  "Informationsmängd",
  unit,
  owner,
  ...levels,
  ...extra,
];

describe("asset import", () => {
  it("imports an Excel file with units and owners by name or e-mail, classifying and auditing each row", async () => {
    const { ciso, informationOwner, unit } = await createAssetSetup();
    const file = await xlsxBuffer([
      IMPORT_HEADERS,
      row("Personakter", "socialförvaltningen", informationOwner.email, [3, 3, 2, 3], ["ja", "ja", "SoL"]),
      row("Protokoll", "Socialförvaltningen", informationOwner.name, ["0 Försumbar", "Betydande", 1, null]),
      ["Fakturasystem", null, "System", "Socialförvaltningen", null],
    ]);
    expect(await importAssets(ciso, file)).toEqual({ imported: 3 });
    const assets = await db.asset.findMany({ where: { organizationId: ciso.organizationId }, orderBy: { name: "asc" } });
    expect(assets.map((asset) => [asset.name, asset.kind, asset.protectionLevel, asset.classified, asset.ownerId])).toEqual([
      ["Fakturasystem", "system", null, false, null],
      ["Personakter", "information", 3, true, informationOwner.userId],
      ["Protokoll", "information", 2, true, informationOwner.userId],
    ]);
    expect(assets[1]).toMatchObject({ orgUnitId: unit.id, sensitivePersonalData: true, personalData: true, legalRequirements: "SoL" });
    expect(Math.abs(assets[1].classifiedAt!.getTime() - Date.now())).toBeLessThan(60_000);
    expect(assets[1].reviewDueAt!.getTime() - assets[1].classifiedAt!.getTime()).toBeGreaterThan(364 * 86_400_000);
    const history = await db.assetClassification.findMany({ where: { assetId: assets[2].id } });
    expect(history).toMatchObject([{ kind: "classified", confidentiality: 0, integrity: 2, levelNames: { confidentiality: "Försumbar", integrity: "Betydande" } }]);
    const audits = await db.auditEvent.findMany({ where: { organizationId: ciso.organizationId, entity: "asset", action: "import" } });
    expect(audits).toHaveLength(3);
    expect(audits.find((event) => event.entityId === assets[1].id)?.after).toMatchObject({ name: "Personakter", protectionLevel: 3 });
  });

  it("reads comma-separated CSV and defaults an information owner's imports to themselves", async () => {
    const { informationOwner } = await createAssetSetup();
    const file = csvBuffer([IMPORT_HEADERS, row('"Diarium, ärendeakter"', "Socialförvaltningen", "", [2, 2, 2, 2])], ",");
    expect(await importAssets(informationOwner, file)).toEqual({ imported: 1 });
    const [asset] = await db.asset.findMany({ where: { organizationId: informationOwner.organizationId } });
    expect(asset).toMatchObject({ name: "Diarium, ärendeakter", ownerId: informationOwner.userId });
  });

  it("imports nothing when one row is bad and names the row and column", async () => {
    const { ciso, organization } = await createAssetSetup();
    await createPrincipal(organization, "information_owner", "Anna Andersson");
    await createPrincipal(organization, "information_owner", "Anna Andersson");
    const file = csvBuffer([
      IMPORT_HEADERS,
      row("Bra rad", "Socialförvaltningen", "", [1, 1, 1, 1]),
      row("Dålig nivå", "Socialförvaltningen", "", [7, 1, 1, 1]),
      row("", "Okänd enhet", "Anna Andersson", ["mycket", 1, 1, 1], ["kanske", "nej", ""]),
    ]);
    const error = await importAssets(ciso, file).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 400 });
    const fields = (error as { fields: Record<string, string[]> }).fields;
    expect(Object.keys(fields).sort()).toEqual(
      ["rad 3: Konfidentialitet", "rad 4: Informationsägare", "rad 4: Konfidentialitet", "rad 4: Namn", "rad 4: Personuppgifter", "rad 4: Verksamhet"].sort(),
    );
    expect(await db.asset.count({ where: { organizationId: ciso.organizationId } })).toBe(0);
  });

  it("names missing columns, refuses empty files and denies roles that may not create", async () => {
    const { ciso, auditor } = await createAssetSetup();
    await expect(importAssets(ciso, csvBuffer([["Namn", "Typ"], ["X", "System"]]))).rejects.toMatchObject({ status: 400, fields: { file: [expect.stringContaining("Verksamhet")] } });
    await expect(importAssets(ciso, csvBuffer([IMPORT_HEADERS]))).rejects.toMatchObject({ status: 400, fields: { file: expect.any(Array) } });
    await expect(importAssets(auditor, csvBuffer([IMPORT_HEADERS]))).rejects.toMatchObject({ status: 403 });
  });

  it("parses quoted CSV fields with delimiters, quotes and line breaks", () => {
    expect(parseCsv('\uFEFFa;b\r\n"x;y";"sa ""hej""\nrad 2"\r\n')).toEqual([
      ["a", "b"],
      ["x;y", 'sa "hej"\nrad 2'],
    ]);
  });
});

describe("asset export", () => {
  it("exports the filtered list as CSV and Excel that imports again", async () => {
    const { ciso, unit } = await createAssetSetup();
    await createTestAsset(ciso, { orgUnitId: unit.id, name: "Journal; HSL", confidentiality: 3, integrity: 3, availability: 3 });
    await createTestAsset(ciso, { orgUnitId: unit.id, name: "Diariet" });
    const csv = await exportAssets(ciso, assetExportQuerySchema.parse({ format: "csv", classified: "true" }));
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const lines = parseCsv(await csv.text());
    expect(lines[0].slice(0, 5)).toEqual(["Namn", "Beskrivning", "Typ", "Verksamhet", "Informationsägare"]);
    expect(lines.slice(1).map((line) => [line[0], line[5], line[12]])).toEqual([["Journal; HSL", "3", "3"]]);

    const xlsx = await exportAssets(ciso, assetExportQuerySchema.parse({ format: "xlsx", sort: "name:asc" }));
    const buffer = Buffer.from(await xlsx.arrayBuffer());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets[0].rowCount).toBe(3);
    expect(await importAssets(ciso, buffer)).toEqual({ imported: 2 });
    expect((await listAssets(ciso, assetListQuerySchema.parse({ q: "journal" }))).total).toBe(2);
  });
});
