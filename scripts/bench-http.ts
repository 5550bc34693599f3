// Issue 18: what users feel over HTTP at a region's volume. Seeds the region (scripts/bench-region-seed.ts)
// into a throw-away embedded PostgreSQL, starts the production build on it, signs 20 users in, and
// drives every request type with autocannon as 1 and as 20 concurrent users; beside each, its floor:
// the same list or aggregate as one hand-written SQL query through `pg`. Then the 100 000-incident
// export, streamed, with the server's memory while it runs.
//   npm run bench:http [-- --scale 0.1 --seconds 10 --only Avtal]
import pg from "pg";
import { fail, freePort, percentile, withBenchDatabase } from "./bench-support";
import { ensureBuild, signIn, startServer, type BenchServer } from "./bench-http-server";
import { drive, measureExport, warmUp, type Drive } from "./bench-http-drive";
import { P95_GOAL, SCENARIOS, type BenchContext, type Scenario } from "./bench-http-scenarios";

const arg = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
};
const SCALE = arg("scale", 1);
const SECONDS = arg("seconds", 8);
const ONLY = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : null;
const USERS = 20;
/** A word in about 4 % of the region's asset names (scripts/bench-region-sql.ts): a search with many hits. */
const SEARCH_TERM = "Journal";
const log = (line: string) => process.stdout.write(`${line}\n`);

/** The floor: the scenario's SQL, 5 warm-up runs, then 30 one after another; p50 in ms. */
async function floorOf(client: pg.Client, scenario: Scenario, context: BenchContext): Promise<number> {
  const params = scenario.floor.params(context);
  for (let i = 0; i < 5; i++) await client.query(scenario.floor.sql, params);
  const times: number[] = [];
  for (let i = 0; i < 30; i++) {
    const start = performance.now();
    await client.query(scenario.floor.sql, params);
    times.push(performance.now() - start);
  }
  return percentile(times.sort((a, b) => a - b), 50);
}

/** A latency cell; ">8000" when no answer came within the measuring time. */
const ms = (value: number | null) => (value === null ? `>${SECONDS * 1000}` : value.toFixed(0)).padStart(6);

function printRow(name: string, one: Drive, many: Drive, floor: number, goal: number) {
  const ratio = one.p50 === null ? null : one.p50 / floor;
  const withinFloor = one.p50 !== null && one.p50 <= 2 * floor + 10;
  const withinGoal = many.p95 !== null && many.p95 < goal;
  const cells = [ms(one.p50), ms(one.p95), ms(one.p99), ms(many.p50), ms(many.p95), ms(many.p99), many.rps.toFixed(1).padStart(6), floor.toFixed(1).padStart(6), (ratio === null ? "–" : ratio.toFixed(1)).padStart(5)];
  const verdict = [withinGoal ? "" : `p95>${goal}`, withinFloor ? "" : ">2×golv+10", one.errors + many.errors ? `${one.errors + many.errors} fel` : ""].filter(Boolean).join(" ");
  log(`${name.padEnd(26)} ${cells.join(" ")}  ${verdict || "ok"}`);
  return verdict ? 1 : 0;
}

async function run() {
  const databaseUrl = process.env.DATABASE_URL!;
  const { seedRegion } = await import("./bench-region-seed");
  log(`Regionens datamängd (skala ${SCALE})`);
  const seed = await seedRegion(databaseUrl, { scale: SCALE, log: (line) => log(`  ${line}`) });
  log(`  ${Object.entries(seed.counts).map(([table, rows]) => `${table} ${rows}`).join(", ")}`);
  ensureBuild(log);
  const server: BenchServer = await startServer(databaseUrl, await freePort());
  const sql = new pg.Client({ connectionString: databaseUrl });
  await sql.connect();
  try {
    const signedIn = seed.users.slice(0, USERS);
    const sessions = await Promise.all(signedIn.map(async (user) => ({ role: user.role, cookie: await signIn(server.url, user.email, seed.password) })));
    const { rows: [first] } = await sql.query<{ id: string }>(`SELECT u.id FROM "User" u WHERE u.email = $1`, [signedIn[0].email]);
    const { rows: [unit] } = await sql.query<{ id: string }>(`SELECT "orgUnitId" AS id FROM "Person" WHERE "organizationId" = $1 GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`, [seed.organizationId]);
    const context: BenchContext = { organizationId: seed.organizationId, userId: first.id, unitId: unit.id, searchTerm: SEARCH_TERM, sample: seed.sample };

    if (process.argv.includes("--hold")) {
      // For looking inside by hand (curl, EXPLAIN): the server and the database stay up until Ctrl-C.
      log(`\nServern: ${server.url}\nDATABASE_URL=${databaseUrl}\nCookie: ${sessions[0].cookie}\nkontext: ${JSON.stringify(context)}`);
      await new Promise((resolve) => process.once("SIGINT", resolve));
      return;
    }
    log(`\n${SECONDS} s per mätning; latens i ms; golv = samma lista/aggregat som en SQL-fråga (p50, 1 anslutning); kvot = app p50 / golv p50`);
    log(`${"".padEnd(26)} ${"1 användare".padEnd(20)} ${"20 samtidiga användare".padEnd(27)}`);
    log(`${"förfrågan".padEnd(26)} ${["p50", "p95", "p99", "p50", "p95", "p99", "req/s", "golv", "kvot"].map((h) => h.padStart(h === "kvot" ? 5 : 6)).join(" ")}`);
    let misses = 0;
    for (const scenario of SCENARIOS.filter((s) => !ONLY || s.name.startsWith(ONLY))) {
      const allowed = sessions.filter((s) => !scenario.roles || scenario.roles.includes(s.role)).map((s) => s.cookie);
      const path = scenario.path(context);
      const refused = await warmUp(server.url, path, allowed);
      if (refused.length) log(`  ${scenario.name}: ${refused.length} av ${allowed.length} sessioner fick ${[...new Set(refused)].join(", ")} vid uppvärmningen`);
      await server.idle();
      const one = await drive(server.url, [path], allowed.slice(0, 1), 1, SECONDS);
      await server.idle();
      const many = await drive(server.url, [path], allowed, USERS, SECONDS);
      misses += printRow(scenario.name, one, many, await floorOf(sql, scenario, context), P95_GOAL[scenario.kind]);
    }
    if (ONLY) return;
    const everyone = sessions.filter((s) => s.role === "ciso" || s.role === "admin").map((s) => s.cookie);
    await server.idle();
    const mixed = await drive(server.url, SCENARIOS.map((s) => s.path(context)), everyone, USERS, SECONDS * 2);
    log(`\nBlandat (alla förfrågningar om vartannat, ${USERS} användare): p50 ${ms(mixed.p50).trim()} ms, p95 ${ms(mixed.p95).trim()} ms, p99 ${ms(mixed.p99).trim()} ms, ${mixed.rps.toFixed(1)} req/s, ${mixed.errors} fel`);

    for (const format of ["csv", "xlsx"] as const) {
      await server.idle();
      const result = await measureExport(server, everyone[0], `/api/v1/incidents/export?format=${format}`);
      const goal = result.seconds < 30 && result.growthMb < 300 ? "ok" : "MISSAR (mål: < 30 s, < 300 MB)";
      log(`Export av alla incidenter (${format}): ${result.rows ?? "?"} rader, ${(result.bytes / 1e6).toFixed(1)} MB på ${result.seconds.toFixed(1)} s; serverns minne ${result.beforeMb.toFixed(0)} → högst ${result.peakMb.toFixed(0)} MB (+${result.growthMb.toFixed(0)})  ${goal}`);
      if (goal !== "ok") misses++;
    }
    const peak = server.peakMb();
    log(`Serverns högsta minne under hela körningen (VmHWM): ${peak.toFixed(0)} MB  ${peak < 600 ? "ok" : "MISSAR (mål: < 600 MB)"}`);
    if (peak >= 600) misses++;
    log(misses ? `\n${misses} mål missades.` : "\nAlla mål nådda.");
  } finally {
    await sql.end();
    await server.stop();
  }
}

withBenchDatabase("http", run).catch(fail);
