// Times importing and exporting 10 000 information assets against a throw-away embedded PostgreSQL.
//   node --experimental-wasm-modules --conditions=react-server --import tsx scripts/bench-assets.ts [rows]
import { benchOrganisation, fail, timed, withBenchDatabase } from "./bench-support";

const ROWS = Number(process.argv[2] ?? 10_000);
const UNITS = ["Kommunledningsförvaltningen", "Socialförvaltningen", "Barn- och utbildningsförvaltningen", "Samhällsbyggnadsförvaltningen", "IT-enheten"];
const KINDS = ["Informationsmängd", "System", "Tjänst", "Fysisk tillgång", "Övrigt"];

/** Deterministic rows: every fourth unclassified, the rest on a spread of levels. */
function generatedRows(count: number, ownerEmail: string): (string | number)[][] {
  const rows: (string | number)[][] = [];
  for (let i = 0; i < count; i++) {
    const level = (offset: number) => (i % 4 === 0 ? "" : (i + offset) % 5);
    rows.push([
      `Informationsmängd ${String(i + 1).padStart(5, "0")}`,
      `Genererad tillgång nummer ${i + 1} för prestandamätning.`,
      KINDS[i % KINDS.length],
      UNITS[i % UNITS.length],
      i % 3 === 0 ? "" : ownerEmail,
      level(0),
      level(1),
      level(2),
      level(3),
      i % 2 === 0 ? "ja" : "nej",
      i % 10 === 0 ? "ja" : "nej",
      i % 7 === 0 ? "GDPR, OSL" : "",
    ]);
  }
  return rows;
}

async function run() {
  const { db } = await import("../lib/db/client");
  const { importAssets } = await import("../lib/assets/import");
  const { exportAssets } = await import("../lib/assets/export");
  const { assetExportQuerySchema } = await import("../lib/assets/schema");
  const { toXlsx } = await import("../lib/export/stream");
  const { IMPORT_HEADERS, csvBuffer } = await import("../test/assets-factories");

  process.stdout.write(`Informationstillgångar: import och export av ${ROWS} rader\n`);
  const excelOrg = await benchOrganisation("bench-xlsx", UNITS);
  const csvOrg = await benchOrganisation("bench-csv", UNITS);
  const columns = IMPORT_HEADERS.map((header, index) => ({ header, value: (row: (string | number)[]) => row[index] }));
  const xlsxFile = await toXlsx(columns, generatedRows(ROWS, excelOrg.email), "Tillgångar");
  const csvFile = csvBuffer([IMPORT_HEADERS, ...generatedRows(ROWS, csvOrg.email)]);
  process.stdout.write(`(filer: xlsx ${(xlsxFile.length / 1024).toFixed(0)} kB, csv ${(csvFile.length / 1024).toFixed(0)} kB)\n`);

  const imported = await timed("import .xlsx (läs, validera, spara)", () => importAssets(excelOrg, xlsxFile));
  await timed("import .csv (läs, validera, spara)", () => importAssets(csvOrg, csvFile));
  const badRow = generatedRows(ROWS, csvOrg.email);
  badRow[ROWS - 1][5] = 9;
  await timed("import .csv med ett fel sist (inget sparas)", () =>
    importAssets(csvOrg, csvBuffer([IMPORT_HEADERS, ...badRow])).catch((error: { status?: number }) => {
      if (error.status !== 400) throw error;
    }),
  );
  // A 2.8 MB zip bomb (330 MB of rows inflated) must be refused quickly, off the request thread.
  const { sheetRow, xlsxBomb } = await import("../test/zip-bomb");
  const bomb = xlsxBomb({ head: sheetRow(1, IMPORT_HEADERS), block: sheetRow(2, ["Bomb", "", "", "Enhet 1"]).repeat(10_000), repeat: 330, tail: "" });
  await timed(`import av zip-bomb .xlsx ${(bomb.length / 1024 / 1024).toFixed(1)} MB (avvisas, 400)`, () =>
    importAssets(excelOrg, bomb).catch((error: { status?: number }) => {
      if (error.status !== 400) throw error;
    }),
  );
  const bytes = async (format: "csv" | "xlsx") => (await (await exportAssets(excelOrg, assetExportQuerySchema.parse({ format }))).arrayBuffer()).byteLength;
  const xlsxBytes = await timed("export .xlsx", () => bytes("xlsx"));
  const csvBytes = await timed("export .csv", () => bytes("csv"));
  const counts = await db.asset.groupBy({ by: ["organizationId"], _count: true });
  process.stdout.write(`importerade ${imported.imported}; i databasen ${counts.map((c) => c._count).join(" + ")}; export xlsx ${(xlsxBytes / 1024).toFixed(0)} kB, csv ${(csvBytes / 1024).toFixed(0)} kB\n`);
}

withBenchDatabase("assets", run).catch(fail);
