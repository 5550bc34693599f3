import type { Worker } from "node:worker_threads";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { POST as importPost } from "@/app/api/v1/assets/import/route";
import { createAssetSetup, csvBuffer, IMPORT_HEADERS } from "../../test/assets-factories";
import { callRoute, tokenFor } from "../../test/http";
import { sheetRow, xlsxBomb } from "../../test/zip-bomb";
import type { Principal } from "../authz/roles";
import { db } from "../db/client";
import { DEFAULT_SHEET_LIMITS } from "../import/limits";
import { IMPORT_BUSY_MESSAGE, withImportLock } from "../import/lock";
import { parseSheet } from "./import-parse";

const noParams = { params: Promise.resolve({}) };

function fileForm(file: Buffer, name: string) {
  const form = new FormData();
  form.set("file", new Blob([new Uint8Array(file)]), name);
  return form;
}

/** A request built ahead of the call, so concurrent imports start as close together as possible. */
async function uploadRequest(principal: Principal, file: Buffer, name = "tillgangar.xlsx") {
  const token = await tokenFor(principal);
  return new NextRequest("http://localhost/api/v1/assets/import", { method: "POST", headers: { authorization: `Bearer ${token}` }, body: fileForm(file, name) });
}

async function upload(principal: Principal, file: Buffer, name = "tillgangar.xlsx") {
  const { status, json } = await callRoute(importPost, principal, { path: "/api/v1/assets/import", form: fileForm(file, name) });
  return { status, body: json };
}

const unitRow = (name: string) => [name, "", "", "Socialförvaltningen"];

/** A sheet whose second row is one cell of 2.8 GB of text. */
const oneHugeCell = () =>
  xlsxBomb({ head: `${sheetRow(1, IMPORT_HEADERS)}<row r="2"><c r="A2" t="inlineStr"><is><t>`, block: "A".repeat(1 << 20), repeat: 2_800, tail: "</t></is></c></row>" });

describe("asset import limits", () => {
  it("answers a 2.8 MB zip-bomb .xlsx with 400, with bounded CPU and memory, while /api/health stays up", async () => {
    const { ciso } = await createAssetSetup();
    // As on a running server: the route and the worker's modules have been loaded once.
    expect(await upload(ciso, csvBuffer([IMPORT_HEADERS, unitRow("Diariet")]), "diariet.csv")).toEqual({ status: 201, body: { imported: 1 } });
    // 330 MB of identical rows once inflated; the headers claim 1 kB.
    const bomb = xlsxBomb({ head: sheetRow(1, IMPORT_HEADERS), block: sheetRow(2, unitRow("Bomb")).repeat(10_000), repeat: 330, tail: "" });
    expect(bomb.length).toBeGreaterThan(2_500_000);
    const request = await uploadRequest(ciso, bomb);
    const peakBefore = process.resourceUsage().maxRSS;
    const parsing = new Promise<void>((resolve) => process.once("worker", (worker: Worker) => worker.once("online", resolve)));
    const cpuBefore = process.cpuUsage();
    const importing = importPost(request, noParams);
    // Health probes while the file is being parsed: the request thread stays free to answer them.
    await Promise.race([parsing, importing]);
    const probes: { status: number }[] = [];
    for (let i = 0; i < 5; i++) probes.push({ status: (await health()).status });
    const response = await importing;
    const cpu = process.cpuUsage(cpuBefore);

    expect(response.status).toBe(400);
    expect((await response.json()).error).toEqual({ code: "validation_error", message: "För många rader.", fields: { file: ["Högst 20000 rader per import."] } });
    // CPU time of every thread of the process, the worker's included: about 0.5 s, 15 s before the
    // fix. A bound on work done, not on wall time (that is measured by npm run bench:assets).
    expect((cpu.user + cpu.system) / 1000).toBeLessThan(5_000);
    expect(probes.filter((probe) => probe.status !== 200)).toEqual([]);
    // maxRSS is the process's peak in kB, the worker thread included.
    expect((process.resourceUsage().maxRSS - peakBefore) / 1024).toBeLessThan(300);
    expect(await db.asset.count({ where: { organizationId: ciso.organizationId } })).toBe(1);
  });

  it("refuses a cell longer than Excel allows while it streams, from a 2.8 MB .xlsx of one 2.8 GB cell", async () => {
    const { ciso } = await createAssetSetup();
    const { status, body } = await upload(ciso, oneHugeCell());
    expect(status).toBe(400);
    expect(body.error).toEqual({ code: "validation_error", message: "En cell innehåller för mycket text.", fields: { file: ["Högst 32767 tecken per cell."] } });
  });

  it("counts the bytes it inflates against the limit, whatever the zip's headers claim", async () => {
    const manyEmptyCells = xlsxBomb({ head: '<row r="2">', block: '<c r="B2"/>'.repeat(100_000), repeat: 10, tail: "</row>" });
    const limits = { ...DEFAULT_SHEET_LIMITS, maxInflatedBytes: 1024 * 1024 };
    await expect(parseSheet(manyEmptyCells, limits)).rejects.toMatchObject({
      status: 400,
      message: "Filen innehåller för mycket data.",
      fields: { file: ["Uppackad får filen vara högst 1 MB. Dela upp filen i flera filer."] },
    });
  });

  it("stops the worker at its time limit", async () => {
    const file = csvBuffer([IMPORT_HEADERS, unitRow("Diariet")]);
    await expect(parseSheet(file, { ...DEFAULT_SHEET_LIMITS, maxMillis: 1 })).rejects.toMatchObject({ status: 400, message: "Filen tog för lång tid att läsa." });
    await expect(parseSheet(file)).resolves.toMatchObject({ rows: [{ row: 2 }] });
  });

  it("holds CSV imports to the same column, cell and row limits", async () => {
    const { ciso } = await createAssetSetup();
    const extra = Array.from({ length: 200 }, (_, index) => `Extra ${index + 1}`);
    const wide = await upload(ciso, csvBuffer([[...IMPORT_HEADERS, ...extra], unitRow("Bred")]), "bred.csv");
    expect(wide).toMatchObject({ status: 400, body: { error: { message: "För många kolumner.", fields: { file: ["Rad 1: högst 200 kolumner per rad."] } } } });

    const notes = [...IMPORT_HEADERS, "Anteckning"];
    const long = await upload(ciso, csvBuffer([notes, [...unitRow("Lång"), ...Array(8).fill(""), "x".repeat(40_000)]]), "lang.csv");
    expect(long).toMatchObject({ status: 400, body: { error: { message: "En cell innehåller för mycket text." } } });

    const blankLines = Buffer.from(`${IMPORT_HEADERS.join(";")}${"\r\n".repeat(3_000_000)}Diariet;;;Socialförvaltningen\r\n`);
    const blank = await upload(ciso, blankLines, "tom.csv");
    expect(blank).toMatchObject({ status: 400, body: { error: { message: "För många rader." } } });
    expect(await db.asset.count({ where: { organizationId: ciso.organizationId } })).toBe(0);
  });

  it("lets a user run one import at a time, across app instances: a second is 429", async () => {
    const { ciso, informationOwner } = await createAssetSetup();
    const file = csvBuffer([IMPORT_HEADERS, unitRow("Diariet")]);
    // The lock held from another connection, as another app instance's import would hold it.
    const whileBusy = await withImportLock(
      ciso.userId,
      async () => ({ same: await upload(ciso, file, "a.csv"), other: await upload(informationOwner, file, "b.csv") }),
      { timeout: 30_000, maxWait: 10_000 },
    );
    expect(whileBusy.same).toEqual({ status: 429, body: { error: { code: "too_many_requests", message: IMPORT_BUSY_MESSAGE } } });
    expect(whileBusy.other).toEqual({ status: 201, body: { imported: 1 } });
    expect(await upload(ciso, file, "a.csv")).toEqual({ status: 201, body: { imported: 1 } });

    const many = csvBuffer([IMPORT_HEADERS, ...Array.from({ length: 2_000 }, (_, index) => unitRow(`Tillgång ${index}`))]);
    const requests = await Promise.all([uploadRequest(ciso, many, "c.csv"), uploadRequest(ciso, many, "d.csv")]);
    const responses = await Promise.all(requests.map((request) => importPost(request, noParams)));
    expect(responses.map((response) => response.status).sort()).toEqual([201, 429]);
    expect(await db.asset.count({ where: { organizationId: ciso.organizationId } })).toBe(2 + 2_000);
  });

  it("keeps a leading tab in an imported cell and trims spaces", async () => {
    const sheet = await parseSheet(csvBuffer([IMPORT_HEADERS, ["\t=1+1", "  Beskrivning  ", "", "Socialförvaltningen"]]));
    expect(sheet.rows).toEqual([{ row: 2, cells: ["\t=1+1", "Beskrivning", "", "Socialförvaltningen"] }]);
  });
});
