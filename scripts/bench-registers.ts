// Times what users hit most (dashboard, first list pages, heat map, trends, detail pages) against one
// large-municipality organisation in a throw-away embedded PostgreSQL. Each figure: 3 warm-up runs,
// then median and p95 of 20 runs one after another. Goal: every median under 150 ms, the indicators
// under 300 ms.
//   node --experimental-wasm-modules --conditions=react-server --import tsx scripts/bench-registers.ts [runs]
import { fail, printSamples, sample, timed, withBenchDatabase, type Sample } from "./bench-support";
import { seedOrganisation } from "./bench-registers-seed";

const RUNS = Number(process.argv[2] ?? 20);
const LIST = 150;
const INDICATORS = 300;

async function run() {
  const { db } = await import("../lib/db/client");
  const { computeIndicators } = await import("../lib/indicators/queries");
  const { listAssets, getAsset } = await import("../lib/assets/queries");
  const { assetListQuerySchema } = await import("../lib/assets/schema");
  const { assetDashboard } = await import("../lib/assets/page-data");
  const { listClassifications } = await import("../lib/assets/history");
  const { listAssetRequirements } = await import("../lib/assets/asset-requirements");
  const { classificationSettings } = await import("../lib/classification/settings");
  const { listRisks, getRisk, riskHistory } = await import("../lib/risks/queries");
  const { riskListQuerySchema, riskHeatmapQuerySchema, riskTrendQuerySchema } = await import("../lib/risks/schema");
  const { riskHeatmap, riskTrend } = await import("../lib/risks/overview");
  const { riskDashboard, riskLinks, riskIncidents } = await import("../lib/risks/page-data");
  const { riskSettings } = await import("../lib/risks/settings");
  const { listIncidents } = await import("../lib/incidents/queries");
  const { incidentTrend } = await import("../lib/incidents/trend");
  const { incidentListQuerySchema, incidentTrendQuerySchema } = await import("../lib/incidents/schema");
  const { incidentDashboard } = await import("../lib/incidents/dashboard");
  const { listActions, actionsFor } = await import("../lib/actions/queries");
  const { actionListQuerySchema } = await import("../lib/actions/schema");
  const { maturityTrend } = await import("../lib/maturity/results-queries");
  const { maturitySettings } = await import("../lib/maturity/settings");
  const { listAuditEvents } = await import("../lib/audit/queries");

  const now = new Date();
  process.stdout.write("Registren i en stor kommun: datamängd\n");
  const org = await timed("hela organisationen", () => seedOrganisation(now));
  const { ciso, owner } = org;
  const counts = await Promise.all([db.asset.count(), db.risk.count(), db.riskLevelChange.count(), db.incident.count(), db.incidentObligation.count(), db.action.count()]);
  process.stdout.write(`tillgångar ${counts[0]}, risker ${counts[1]} (nivåändringar ${counts[2]}), incidenter ${counts[3]} (skyldigheter ${counts[4]}), åtgärder ${counts[5]}\n\n`);

  // Detail pages: a system holding information, and the risk with the most incidents behind it.
  const asset = org.assets.find((a) => a.kind === "system" && a.ownerId)!;
  const [{ riskId }] = await db.$queryRaw<{ riskId: string }[]>`SELECT "riskId" FROM "IncidentRisk" GROUP BY "riskId" ORDER BY count(*) DESC, "riskId" LIMIT 1`;

  const assetPage = async () => {
    const view = await getAsset(ciso, asset.id);
    return Promise.all([
      classificationSettings.read(ciso),
      listClassifications(ciso, view.id),
      listAssetRequirements(ciso, view.id),
      actionsFor(ciso, "asset", view.id),
      listAuditEvents(ciso, { entity: "asset", entityId: view.id, page: 1, pageSize: 20 }),
    ]);
  };
  const riskPage = async () => {
    const risk = await getRisk(ciso, riskId);
    return Promise.all([
      riskSettings.read(ciso),
      riskHistory(ciso, risk.id),
      riskLinks(ciso, risk),
      actionsFor(ciso, "risk", risk.id),
      riskIncidents(ciso, risk.id),
      listAuditEvents(ciso, { entity: "risk", entityId: risk.id, page: 1, pageSize: 20 }),
    ]);
  };
  const actionList = (input: Record<string, string>) => listActions(ciso, actionListQuerySchema.parse({ pageSize: "5", ...input }));
  // The whole Översikt page as app/(app)/page.tsx and its cards load it, all at once.
  const overview = () =>
    Promise.all([
      actionList({ overdue: "true" }),
      actionList({ open: "true" }),
      actionList({ ownerId: ciso.userId, open: "true" }),
      computeIndicators(ciso, {}),
      incidentDashboard(ciso),
      riskDashboard(ciso),
      assetDashboard(ciso),
      maturityTrend(ciso),
      maturitySettings.read(ciso),
    ]);

  const cases: [string, number, () => Promise<unknown>][] = [
    ["computeIndicators (alla perspektiv, 24 mån)", INDICATORS, () => computeIndicators(ciso, {})],
    ["tillgångar: sida 1, ej klassade, namn", LIST, () => listAssets(ciso, assetListQuerySchema.parse({ classified: "false", sort: "name:asc" }))],
    ["risker: sida 1, nivå hög", LIST, () => listRisks(ciso, riskListQuerySchema.parse({ band: "high" }))],
    ["incidenter: sida 1, öppna + försenad rapport", LIST, () => listIncidents(ciso, incidentListQuerySchema.parse({ open: "true", obligationOverdue: "true" }))],
    ["åtgärder: sida 1, försenade", LIST, () => listActions(ciso, actionListQuerySchema.parse({ overdue: "true" }))],
    ["riskmatris (nuvarande nivå)", LIST, () => riskHeatmap(ciso, riskHeatmapQuerySchema.parse({}))],
    ["risktrend (12 mån)", LIST, () => riskTrend(ciso, riskTrendQuerySchema.parse({}))],
    ["incidenttrend (12 mån)", LIST, () => incidentTrend(ciso, incidentTrendQuerySchema.parse({}))],
    ["tillgång: getAsset", LIST, () => getAsset(ciso, asset.id)],
    ["tillgång: hela detaljsidans data", LIST, assetPage],
    ["risk: getRisk", LIST, () => getRisk(ciso, riskId)],
    ["risk: hela detaljsidans data", LIST, riskPage],
    ["Översikt: assetDashboard", LIST, () => assetDashboard(ciso)],
    ["Översikt: riskDashboard", LIST, () => riskDashboard(ciso)],
    ["Översikt: incidentDashboard", LIST, () => incidentDashboard(ciso)],
    ["Översikt: maturityTrend", LIST, () => maturityTrend(ciso)],
    ["Översikt: hela sidans data (parallellt)", INDICATORS, overview],
    ["informationsägare: risker, nivå hög", LIST, () => listRisks(owner, riskListQuerySchema.parse({ band: "high" }))],
    ["informationsägare: assetDashboard", LIST, () => assetDashboard(owner)],
  ];
  const totals = await Promise.all([
    listAssets(ciso, assetListQuerySchema.parse({ classified: "false" })),
    listRisks(ciso, riskListQuerySchema.parse({ band: "high" })),
    listIncidents(ciso, incidentListQuerySchema.parse({ open: "true", obligationOverdue: "true" })),
    listActions(ciso, actionListQuerySchema.parse({ overdue: "true" })),
    listRisks(owner, riskListQuerySchema.parse({ band: "high" })),
  ]);
  const [assetsHit, risksHit, incidentsHit, actionsHit, ownerHit] = totals.map((result) => result.total);
  process.stdout.write(`filtren träffar: ${assetsHit} ej klassade tillgångar, ${risksHit} höga risker (${ownerHit} för informationsägaren), ${incidentsHit} öppna incidenter med försenad rapport, ${actionsHit} försenade åtgärder\n\n`);
  const samples: Sample[] = [];
  for (const [label, target, work] of cases) samples.push(await sample(label, target, work, RUNS));
  const misses = printSamples(samples);
  process.stdout.write(misses ? `\n${misses} mätningar över målet.\n` : "\nAlla mätningar inom målet.\n");
}

withBenchDatabase("registers", run).catch(fail);
