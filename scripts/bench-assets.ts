// Times importing and exporting 10 000 information assets against a throw-away embedded PostgreSQL.
//   node --experimental-wasm-modules --conditions=react-server --import tsx scripts/bench-assets.ts [rows]
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";

const ROWS = Number(process.argv[2] ?? 10_000);
const UNITS = ["Kommunledningsförvaltningen", "Socialförvaltningen", "Barn- och utbildningsförvaltningen", "Samhällsbyggnadsförvaltningen", "IT-enheten"];
const KINDS = ["Informationsmängd", "System", "Tjänst", "Fysisk tillgång", "Övrigt"];

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

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

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  process.stdout.write(`${label.padEnd(44)} ${((performance.now() - start) / 1000).toFixed(2).padStart(7)} s\n`);
  return result;
}

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), "isms-bench-assets-"));
  chmodSync(dir, 0o755); // the postgres user must reach it
  delete process.env.DATABASE_URL;
  process.env.ISMS_DATA_DIR = dir;
  process.env.ISMS_PG_PORT = String(await freePort());
  const { openDatabase } = await import("../lib/db/embedded");
  const { applyMigrations } = await import("../lib/db/migrate");
  const handle = await openDatabase();
  try {
    await applyMigrations(handle.url);
    process.env.DATABASE_URL = handle.url;
    await run();
  } finally {
    await handle.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function run() {
  const { db } = await import("../lib/db/client");
  const { importAssets } = await import("../lib/assets/import");
  const { exportAssets } = await import("../lib/assets/export");
  const { assetExportQuerySchema } = await import("../lib/assets/schema");
  const { toXlsx } = await import("../lib/export/table");
  const { IMPORT_HEADERS, csvBuffer } = await import("../test/assets-factories");
  type Principal = import("../lib/authz/roles").Principal;

  async function organisation(slug: string): Promise<Principal> {
    const org = await db.organization.create({ data: { name: `Benchkommun ${slug}`, slug, kind: "kommun" } });
    await db.orgUnit.createMany({ data: UNITS.map((name) => ({ organizationId: org.id, name })) });
    const email = `ciso-${slug}@bench.se`;
    const user = await db.user.create({ data: { email, name: "Bench CISO", memberships: { create: { organizationId: org.id, role: "ciso" } } } });
    return { userId: user.id, email, name: user.name, role: "ciso", organizationId: org.id, organizationSlug: slug, organizationName: org.name, via: "token" };
  }

  process.stdout.write(`Informationstillgångar: import och export av ${ROWS} rader\n`);
  const excelOrg = await organisation("bench-xlsx");
  const csvOrg = await organisation("bench-csv");
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
  const bytes = async (format: "csv" | "xlsx") => (await (await exportAssets(excelOrg, assetExportQuerySchema.parse({ format }))).arrayBuffer()).byteLength;
  const xlsxBytes = await timed("export .xlsx", () => bytes("xlsx"));
  const csvBytes = await timed("export .csv", () => bytes("csv"));
  const counts = await db.asset.groupBy({ by: ["organizationId"], _count: true });
  process.stdout.write(`importerade ${imported.imported}; i databasen ${counts.map((c) => c._count).join(" + ")}; export xlsx ${(xlsxBytes / 1024).toFixed(0)} kB, csv ${(csvBytes / 1024).toFixed(0)} kB\n`);
  await db.$disconnect();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
