import { describe, expect, it } from "vitest";
import { createAssetSetup, IMPORT_HEADERS } from "../../test/assets-factories";
import { db } from "../db/client";
import { toCsv } from "../export/table";
import { decodeCsv, parseCsv } from "../import/csv.mjs";
import { importAssets } from "./import";

const HEADER = IMPORT_HEADERS.slice(0, 4);
const EN_DASH_1252 = 0x96;

/**
 * What Swedish Excel's "CSV (semikolonavgränsad)" writes: Windows-1252, no BOM. For å, ä, ö, Å,
 * Ä and Ö Windows-1252 is Latin-1; the en dash is one of the bytes where the two differ.
 */
function windows1252(text: string): Buffer {
  const parts = text.split("–").map((part) => Buffer.from(part, "latin1"));
  return Buffer.concat(parts.flatMap((part, index) => (index === 0 ? [part] : [Buffer.from([EN_DASH_1252]), part])));
}

async function importedAssets(file: Buffer) {
  const { ciso } = await createAssetSetup();
  expect(await importAssets(ciso, file)).toMatchObject({ imported: expect.any(Number) });
  return db.asset.findMany({ where: { organizationId: ciso.organizationId }, include: { orgUnit: true }, orderBy: { name: "asc" } });
}

describe("CSV import encodings and quoting", () => {
  it("reads Swedish Excel's Windows-1252 semicolon CSV with å, ä and ö intact", async () => {
    const text = `${HEADER.join(";")}\r\nÖverförmyndare;Ärendehantering – akter;Informationsmängd;Socialförvaltningen\r\n`;
    const file = windows1252(text);
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(file)).toThrow();
    const [asset] = await importedAssets(file);
    expect(asset).toMatchObject({ name: "Överförmyndare", description: "Ärendehantering – akter", orgUnit: { name: "Socialförvaltningen" } });
  });

  it("reads UTF-8 with a BOM, semicolons and quoted cells holding ; and line breaks", async () => {
    const text = `\uFEFF${HEADER.join(";")}\r\n"Överförmyndare; akter";"Ärendehantering\r\nrad två";Informationsmängd;Socialförvaltningen\r\n`;
    const [asset] = await importedAssets(Buffer.from(text, "utf8"));
    expect(asset).toMatchObject({ name: "Överförmyndare; akter", description: "Ärendehantering\r\nrad två", orgUnit: { name: "Socialförvaltningen" } });
  });

  it("reads UTF-8 without a BOM, commas and quoted cells holding , ; and line breaks", async () => {
    const text = `${HEADER.join(",")}\n"Överförmyndare, akter","Ärende;hantering\nrad ""två""",Informationsmängd,Socialförvaltningen\n`;
    const [asset] = await importedAssets(Buffer.from(text, "utf8"));
    expect(asset).toMatchObject({ name: "Överförmyndare, akter", description: 'Ärende;hantering\nrad "två"', orgUnit: { name: "Socialförvaltningen" } });
  });

  it("decodes valid UTF-8 as UTF-8 and anything else as Windows-1252", () => {
    expect(decodeCsv(Buffer.from("\uFEFFÅäö", "utf8"))).toBe("Åäö");
    expect(decodeCsv(Buffer.from("Åäö", "utf8"))).toBe("Åäö");
    expect(decodeCsv(windows1252("Åäö – ÖÄÅ"))).toBe("Åäö – ÖÄÅ");
  });

  it("writes CSV that reads back cell for cell: delimiters, quotes and line breaks quoted", () => {
    const cells = ["a;b", 'sa "hej"', "rad 1\nrad 2", "rad 1\rrad 2", "Överförmyndare", ""];
    const csv = toCsv(cells.map((cell, index) => ({ header: `k${index}`, value: () => cell })), [{}]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(parseCsv(csv)).toEqual([cells.map((_, index) => `k${index}`), cells]);
  });
});
