import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { GET as exportAssets } from "@/app/api/v1/assets/export/route";
import { POST as createAsset } from "@/app/api/v1/assets/route";
import { GET as exportIncidents } from "@/app/api/v1/incidents/export/route";
import { POST as reportIncident } from "@/app/api/v1/incidents/route";
import { GET as exportRisks } from "@/app/api/v1/risks/export/route";
import { POST as createRisk } from "@/app/api/v1/risks/route";
import { createAssetSetup } from "../../test/assets-factories";
import { callRoute, tokenFor } from "../../test/http";
import { parseCsv } from "../import/csv.mjs";
import { toCsv } from "./table";

const HYPERLINK = '=HYPERLINK("http://x","y")';

/** The CSV answer's rows as cells (semicolon-separated, quoted where needed). */
async function csvRows(response: Response): Promise<string[][]> {
  expect(response.headers.get("content-type")).toContain("text/csv");
  return parseCsv(await response.text());
}

describe("formula injection in CSV exports", () => {
  it("neutralises a reporter's incident title in the ciso's CSV export, and keeps it a text cell in Excel", async () => {
    const { reporter, ciso } = await createAssetSetup();
    const filed = await callRoute(reportIncident, reporter, {
      body: { title: HYPERLINK, description: "@SUM(1+1)*cmd|' /C calc'!A0", occurredAt: "2026-01-10T08:00:00Z", detectedAt: "2026-01-10T09:00:00Z" },
    });
    expect(filed.status).toBe(201);
    const token = await tokenFor(ciso);

    const csv = await callRoute(exportIncidents, token, { path: "/api/v1/incidents/export?format=csv" });
    const [header, row] = await csvRows(csv.response);
    expect(row[header.indexOf("Rubrik")]).toBe(`'${HYPERLINK}`);
    expect(row.every((cell) => !/^[=+\-@\t\r]/.test(cell))).toBe(true);

    const xlsx = await callRoute(exportIncidents, token, { path: "/api/v1/incidents/export?format=xlsx" });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await xlsx.response.arrayBuffer()) as ExcelJS.Buffer);
    const title = workbook.worksheets[0].getRow(2).getCell(2);
    expect(title.type).toBe(ExcelJS.ValueType.String);
    expect(title.value).toBe(HYPERLINK);
  });

  it("neutralises risk and asset texts starting with +, @ and - in their CSV exports", async () => {
    const { ciso, unit } = await createAssetSetup();
    const token = await tokenFor(ciso);
    const risk = await callRoute(createRisk, token, { body: { title: "+cmd|' /C calc'!A0", cause: "@SUM(A1)", likelihood: 2, consequence: 3 } });
    expect(risk.status).toBe(201);
    const [riskHeader, riskRow] = await csvRows((await callRoute(exportRisks, token, { path: "/api/v1/risks/export?format=csv" })).response);
    expect(riskRow[riskHeader.indexOf("Risk")]).toBe("'+cmd|' /C calc'!A0");
    expect(riskRow[riskHeader.indexOf("Orsak (på grund av)")]).toBe("'@SUM(A1)");
    expect(riskRow[riskHeader.indexOf("Risknivå")]).toBe("6");

    const asset = await callRoute(createAsset, token, { body: { name: "-2+3", description: HYPERLINK, orgUnitId: unit.id } });
    expect(asset.status).toBe(201);
    const [assetHeader, assetRow] = await csvRows((await callRoute(exportAssets, token, { path: "/api/v1/assets/export?format=csv" })).response);
    expect(assetRow[assetHeader.indexOf("Namn")]).toBe("'-2+3");
    expect(assetRow[assetHeader.indexOf("Beskrivning")]).toBe(`'${HYPERLINK}`);
  });

  it("leaves numbers as numbers, negative ones too, and neutralises text with a leading tab or carriage return", () => {
    const columns = [
      { header: "Tal", value: (row: { n: number; text: string }) => row.n },
      { header: "Text", value: (row: { n: number; text: string }) => row.text },
    ];
    const rows = parseCsv(toCsv(columns, [{ n: -5, text: "-5" }, { n: 2, text: "\t=1+1" }, { n: 3, text: "\r=1+1" }, { n: 4, text: "vanlig -text" }]));
    expect(rows.slice(1)).toEqual([
      ["-5", "'-5"],
      ["2", "'\t=1+1"],
      ["3", "'\r=1+1"],
      ["4", "vanlig -text"],
    ]);
  });
});
