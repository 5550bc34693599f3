// Times importing and exporting 5 000 contracts against a throw-away embedded PostgreSQL.
//   npm run bench:suppliers [-- rows]
import { benchOrganisation, fail, timed, withBenchDatabase } from "./bench-support";

const ROWS = Number(process.argv[2] ?? 5_000);
const UNITS = ["Kommunledningsförvaltningen", "Socialförvaltningen"];
const SUPPLIERS = 200;
const ASSETS = 100;
const STATUSES = ["Aktivt", "Under upphandling", "Uppsagt", "Utgånget"];

/** Deterministic rows: each contract names a supplier and up to two assets of the organisation. */
function generatedRows(count: number, ownerEmail: string): (string | number)[][] {
  return Array.from({ length: count }, (_, i) => [
    `Avtal ${String(i + 1).padStart(5, "0")}`,
    `Leverantör ${i % SUPPLIERS}`,
    `KS 2026/${i + 1}`,
    STATUSES[i % STATUSES.length],
    "2026-01-01",
    i % 5 === 0 ? "" : "2028-12-31",
    i % 5 === 0 ? "" : (i % 12) + 1,
    i % 2 === 0 ? "ja" : "nej",
    i % 3 === 0 ? "" : ownerEmail,
    i % 4 === 0 ? "" : [`Tillgång ${i % ASSETS}`, `Tillgång ${(i + 1) % ASSETS}`].join(", "),
  ]);
}

async function run() {
  const { db } = await import("../lib/db/client");
  const { importContracts } = await import("../lib/contracts/import");
  const { exportContracts } = await import("../lib/contracts/export");
  const { contractExportQuerySchema } = await import("../lib/contracts/schema");
  const { CONTRACT_IMPORT_COLUMNS } = await import("../lib/contracts/import-rows");
  const { toXlsx } = await import("../lib/export/stream");
  const { csvBuffer } = await import("../test/assets-factories");
  const headers: string[] = Object.values(CONTRACT_IMPORT_COLUMNS);

  process.stdout.write(`Avtal: import och export av ${ROWS} rader\n`);
  const orgs = [await benchOrganisation("bench-contracts-xlsx", UNITS), await benchOrganisation("bench-contracts-csv", UNITS)];
  for (const org of orgs) {
    const unit = await db.orgUnit.findFirstOrThrow({ where: { organizationId: org.organizationId } });
    await db.supplier.createMany({ data: Array.from({ length: SUPPLIERS }, (_, i) => ({ organizationId: org.organizationId, name: `Leverantör ${i}`, category: "saas", country: i % 10 === 0 ? "US" : "SE" })) });
    await db.asset.createMany({
      data: Array.from({ length: ASSETS }, (_, i) => ({ organizationId: org.organizationId, name: `Tillgång ${i}`, orgUnitId: unit.id, confidentiality: i % 5, integrity: 1, availability: 1, protectionLevel: Math.max(i % 5, 1), classified: true, personalData: i % 3 === 0 })),
    });
    await db.securityRequirement.createMany({ data: [2, 3, 4].map((level) => ({ organizationId: org.organizationId, code: `K${level}`, title: `Krav nivå ${level}`, category: "technical", aspect: "confidentiality", minLevel: level })) });
  }
  const [excelOrg, csvOrg] = orgs;
  const columns = headers.map((header, index) => ({ header, value: (row: (string | number)[]) => row[index] }));
  const xlsxFile = await toXlsx(columns, generatedRows(ROWS, excelOrg.email), "Avtal");
  const csvFile = csvBuffer([headers, ...generatedRows(ROWS, csvOrg.email)]);
  process.stdout.write(`(filer: xlsx ${(xlsxFile.length / 1024).toFixed(0)} kB, csv ${(csvFile.length / 1024).toFixed(0)} kB)\n`);

  const imported = await timed("import .xlsx (läs, validera, spara)", () => importContracts(excelOrg, xlsxFile));
  await timed("import .csv (läs, validera, spara)", () => importContracts(csvOrg, csvFile));
  const bytes = async (format: "csv" | "xlsx", query: Record<string, string> = {}) =>
    (await (await exportContracts(excelOrg, contractExportQuerySchema.parse({ format, ...query }))).arrayBuffer()).byteLength;
  const xlsxBytes = await timed("export .xlsx (krav och brister härledda)", () => bytes("xlsx"));
  const csvBytes = await timed("export .csv", () => bytes("csv"));
  await timed("export .csv med filtret gap=requirements_missing", () => bytes("csv", { gap: "requirements_missing" }));
  const total = await db.contract.count();
  process.stdout.write(`importerade ${imported.imported}; i databasen ${total}; export xlsx ${(xlsxBytes / 1024).toFixed(0)} kB, csv ${(csvBytes / 1024).toFixed(0)} kB\n`);
}

withBenchDatabase("suppliers", run).catch(fail);
