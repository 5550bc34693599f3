import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { GET as exportAssets } from "@/app/api/v1/assets/export/route";
import { GET as exportIncidents } from "@/app/api/v1/incidents/export/route";
import { POST as reportIncident } from "@/app/api/v1/incidents/route";
import { GET as exportRisks } from "@/app/api/v1/risks/export/route";
import { POST as createRisk } from "@/app/api/v1/risks/route";
import { createAssetSetup, createTestAsset } from "../../test/assets-factories";
import { callRoute, tokenFor } from "../../test/http";
import { parseCsv } from "../import/csv.mjs";

type Token = Awaited<ReturnType<typeof tokenFor>>;

async function csvTable(route: typeof exportIncidents, token: Token, path: string): Promise<{ header: string[]; rows: string[][] }> {
  const { response } = await callRoute(route, token, { path: `${path}?format=csv` });
  const [header, ...rows] = parseCsv(await response.text());
  return { header, rows };
}

async function sheet(route: typeof exportIncidents, token: Token, path: string): Promise<ExcelJS.Worksheet> {
  const { response } = await callRoute(route, token, { path: `${path}?format=xlsx` });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await response.arrayBuffer()) as ExcelJS.Buffer);
  return workbook.worksheets[0];
}

/** The data cell under a header, found by the header's text. */
function cellUnder(worksheet: ExcelJS.Worksheet, header: string, row = 2): ExcelJS.Cell {
  const headers = (worksheet.getRow(1).values as ExcelJS.CellValue[]).slice(1);
  return worksheet.getRow(row).getCell(headers.indexOf(header) + 1);
}

describe("dates in exports", () => {
  it("writes an incident's times on the Stockholm clock: 09:10 in winter, 10:10 in summer, as date-time cells in Excel", async () => {
    const { reporter, ciso } = await createAssetSetup();
    const reporterToken = await tokenFor(reporter);
    for (const [title, occurredAt] of [["Vinter", "2026-03-10T08:10:00Z"], ["Sommar", "2026-07-01T08:10:00Z"]]) {
      const filed = await callRoute(reportIncident, reporterToken, { body: { title, description: "Nätfiske", occurredAt, detectedAt: occurredAt } });
      expect(filed.status).toBe(201);
    }
    const token = await tokenFor(ciso);

    const { header, rows } = await csvTable(exportIncidents, token, "/api/v1/incidents/export");
    const occurred = Object.fromEntries(rows.map((row) => [row[header.indexOf("Rubrik")], row[header.indexOf("Inträffade")]]));
    expect(occurred).toEqual({ Vinter: "2026-03-10 09:10", Sommar: "2026-07-01 10:10" });

    const worksheet = await sheet(exportIncidents, token, "/api/v1/incidents/export");
    // Newest first: the summer incident is row 2, the winter one row 3.
    const summer = cellUnder(worksheet, "Inträffade", 2);
    const winter = cellUnder(worksheet, "Inträffade", 3);
    for (const cell of [summer, winter]) {
      expect(cell.type).toBe(ExcelJS.ValueType.Date);
      expect(cell.numFmt).toBe("yyyy-mm-dd hh:mm");
    }
    // Excel shows a date cell's UTC fields: they are the Stockholm wall clock.
    expect((winter.value as Date).toISOString()).toBe("2026-03-10T09:10:00.000Z");
    expect((summer.value as Date).toISOString()).toBe("2026-07-01T10:10:00.000Z");
    expect(cellUnder(worksheet, "Avslutad").value).toBeNull();
  });

  it("writes a risk's identification date as a date cell and a plain day in CSV", async () => {
    const { ciso } = await createAssetSetup();
    const token = await tokenFor(ciso);
    const risk = await callRoute(createRisk, token, { body: { title: "R", likelihood: 2, consequence: 3, identifiedAt: "2026-02-03", reviewDueAt: "2026-12-31" } });
    expect(risk.status).toBe(201);

    const { header, rows } = await csvTable(exportRisks, token, "/api/v1/risks/export");
    expect(rows[0][header.indexOf("Identifierad")]).toBe("2026-02-03");
    expect(rows[0][header.indexOf("Uppföljning senast")]).toBe("2026-12-31");

    const worksheet = await sheet(exportRisks, token, "/api/v1/risks/export");
    for (const [header, day] of [["Identifierad", "2026-02-03"], ["Uppföljning senast", "2026-12-31"]]) {
      const cell = cellUnder(worksheet, header);
      expect(cell.type).toBe(ExcelJS.ValueType.Date);
      expect(cell.numFmt).toBe("yyyy-mm-dd");
      expect((cell.value as Date).toISOString()).toBe(`${day}T00:00:00.000Z`);
    }
  });

  it("puts an autofilter on the frozen header row of every register's sheet", async () => {
    const { ciso, unit } = await createAssetSetup();
    await createTestAsset(ciso, { orgUnitId: unit.id, name: "Diariet" });
    const token = await tokenFor(ciso);
    for (const [route, path] of [[exportAssets, "/api/v1/assets/export"], [exportRisks, "/api/v1/risks/export"], [exportIncidents, "/api/v1/incidents/export"]] as const) {
      const worksheet = await sheet(route, token, path);
      const lastColumn = worksheet.getRow(1).cellCount;
      expect(worksheet.autoFilter).toEqual(`A1:${worksheet.getColumn(lastColumn).letter}1`);
      expect(worksheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    }
  });
});
