// The SQL of the region seed (scripts/bench-region-seed.ts), one statement per step. Every value comes
// from pg_temp.r(n, salt) — a hash of the row number, the salt and the seed — so the same seed gives the
// same rows whatever plan PostgreSQL picks; ids are pg_temp.sid('kind:n'), so steps find each other's
// rows by number without reading them back. The session's temp table k holds the user ids and label lists.

export interface Volumes {
  units: number; users: number; assets: number; analyses: number; risks: number; incidents: number; actions: number;
  suppliers: number; contracts: number; people: number; trainings: number; records: number;
  audits: number; findings: number; events: number;
}

export interface Step {
  label: string;
  table: string;
  sql: string;
  /** Drop the table's secondary indexes for the insert and build them again after: one sort beats a million random index inserts. */
  rebuildIndexes?: boolean;
}

const FIVE_YEARS = 1826;

/** The session's helper functions, with the seed baked in. */
export function helperSql(seed: number): string[] {
  return [
    `CREATE FUNCTION pg_temp.r(n bigint, salt int) RETURNS float8 LANGUAGE sql IMMUTABLE AS $$ SELECT (hashint8extended(n, ${seed}::bigint * 1000 + salt) & 2147483647)::float8 / 2147483648.0 $$`,
    `CREATE FUNCTION pg_temp.ri(n bigint, salt int, lo int, hi int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT lo + floor(pg_temp.r(n, salt) * (hi - lo + 1))::int $$`,
    // z.uuid() is strict about the version and variant digits, so the md5 gets them set (a v4 shape).
    `CREATE FUNCTION pg_temp.sid(key text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT overlay(overlay(md5('${seed}:' || key) placing '4' from 13) placing '8' from 17)::uuid::text $$`,
    // A Swedish organisation number with the check digit the supplier form verifies (Luhn over ten digits).
    `CREATE FUNCTION pg_temp.orgnr(base text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
      SELECT substr(base, 1, 6) || '-' || substr(base, 7, 3) || ((10 - sum(d) % 10) % 10)::text FROM (
        SELECT CASE WHEN i % 2 = 1 THEN (2 * substr(base, i, 1)::int) / 10 + (2 * substr(base, i, 1)::int) % 10 ELSE substr(base, i, 1)::int END AS d
        FROM generate_series(1, 9) i) x $$`,
  ];
}

/** A random user of a role list of k (user numbers), as the user's id, for row n. */
export const pick = (list: string, salt: number, n = "g.n") => `pg_temp.sid('user:' || k.${list}[1 + floor(pg_temp.r(${n}, ${salt}) * cardinality(k.${list}))::int])`;
/** A random word of a word list of k for row n. */
export const word = (list: string, salt: number, n = "g.n") => `k.${list}[1 + floor(pg_temp.r(${n}, ${salt}) * cardinality(k.${list}))::int]`;
const arr = (items: readonly string[]) => `ARRAY[${items.map((item) => `'${item.replace(/'/g, "''")}'`).join(",")}]`;
const days = (expr: string) => `(${expr}) * interval '1 day'`;

const ASSET_WORDS = ["Elevregister", "Journalsystem", "Lönesystem", "Ekonomisystem", "Ärendehantering", "Diarium", "Bygglovsärenden", "Personalakter",
  "Socialtjänstakter", "E-post", "Webbplats", "Intranät", "Telefoni", "Serverhall", "Passersystem", "Kartdata", "Vårdplaner", "Leverantörsfakturor",
  "Avtalsregister", "Skolplattform", "Bokningssystem", "Larmcentral", "Kundtjänst", "Arkiv"];
const RISKS = ["Obehörig åtkomst till personuppgifter", "Avbrott i verksamhetssystem", "Utpressningsvirus krypterar filservrar", "Nätfiske mot anställda",
  "Bristande behörighetsstyrning", "Leverantör levererar inte enligt avtal", "Felaktig information i register", "Förlust av säkerhetskopior",
  "Strömavbrott i serverhall", "Sårbarhet i webbapplikation", "Personal saknar utbildning", "Obehörig fysisk åtkomst"];
const INCIDENTS = ["Nätfiskemejl till personal", "Avbrott i journalsystemet", "Felskickat e-postmeddelande med personuppgifter", "Borttappad bärbar dator",
  "Överbelastningsattack mot webbplatsen", "Obehörig inloggning i e-post", "Utpressningsvirus på klientdator", "Felaktig behörighet i ekonomisystemet",
  "Strömavbrott i serverhallen", "Sårbarhet i brandvägg", "Utskrift kvarglömd i skrivare", "Leverantörens driftstörning", "Stulen mobiltelefon",
  "Skadlig kod i bifogad fil"];
const ACTIONS = ["Inför tvåfaktorsinloggning", "Uppdatera behörighetsrutinen", "Genomför riskanalys", "Utbilda personalen", "Följ upp leverantörens åtgärder",
  "Testa återläsning av säkerhetskopior", "Uppdatera avtalet", "Klassa informationen", "Dokumentera kontinuitetsplan", "Åtgärda sårbarheten",
  "Granska loggar", "Byt lösenord på tjänstekonton"];
const CODES = ["hardware_software", "operating_environment", "information_loss", "information_corruption", "access_denied", "product_vulnerability",
  "attack", "human_error", "critical_infrastructure", "other_sudden_event"];
export const LEVEL_NAMES = ["Försumbar", "Måttlig", "Betydande", "Allvarlig", "Synnerligen allvarlig"];
const SUPPLIER_A = ["Nordisk", "Svensk", "Molnbolaget", "Datadrift", "Säker", "Kommun-IT", "Konsult", "Fastighets", "Lärplattform", "Vårddata"];
const SUPPLIER_B = ["Data", "Drift", "Tjänster", "System", "Partner", "Service", "Konsult", "Nät"];
const FIRST = ["Anna", "Erik", "Maria", "Lars", "Karin", "Anders", "Eva", "Johan", "Sara", "Per", "Lena", "Mikael", "Emma", "Karl", "Ingrid", "Ali", "Fatima", "Oskar", "Elin", "Nils"];
const LAST = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Berg", "Lindqvist", "Holm"];
const FINDINGS = ["Riskanalys saknas före systemförändring", "Behörigheter följs inte upp", "Klassning av nya system dröjer", "Loggar granskas inte",
  "Incidentrutinen är inte känd", "Leverantörsuppföljning saknas", "Utbildning ej genomförd", "Kontinuitetsplan ej testad"];

/**
 * The lists every step picks from, in one row. Users are kept as numbers (ids are sid('user:n')) and every
 * column is stored PLAIN: a TOASTed array would be decompressed again for every row that reads it.
 */
export function constantsSql(): string[] {
  const numbers = (where: string) => `(SELECT array_agg(n ORDER BY n) FROM seed_user WHERE ${where})`;
  const columns: [string, string][] = [
    ["users", numbers("true")], ["owners", numbers("role IN ('information_owner', 'ciso')")], ["handlers", numbers("role IN ('ciso', 'admin')")],
    ["cisos", numbers("role = 'ciso'")], ["auditors", numbers("role = 'auditor'")], ["level_names", arr(LEVEL_NAMES)], ["codes", arr(CODES)],
    ["asset_words", arr(ASSET_WORDS)], ["risks", arr(RISKS)], ["incidents", arr(INCIDENTS)], ["actions", arr(ACTIONS)], ["supplier_a", arr(SUPPLIER_A)],
    ["supplier_b", arr(SUPPLIER_B)], ["first_names", arr(FIRST)], ["last_names", arr(LAST)], ["findings", arr(FINDINGS)],
  ];
  const select = `SELECT ${columns.map(([name, value]) => `${value} AS ${name}`).join(", ")}`;
  return [`CREATE TEMP TABLE k AS ${select} WITH NO DATA`, ...columns.map(([name]) => `ALTER TABLE k ALTER COLUMN ${name} SET STORAGE PLAIN`), `INSERT INTO k ${select}`];
}

export const userName = (n: number) => `${FIRST[n % FIRST.length]} ${LAST[Math.floor(n / FIRST.length) % LAST.length]}`;

export function registerSteps(v: Volumes, org: string, now: string): Step[] {
  const unit = (salt: number, n = "g.n") => `pg_temp.sid('unit:' || (1 + floor(pg_temp.r(${n}, ${salt}) * ${v.units})::int))`;
  const ref = (kind: string, count: number, salt: number, n = "g.n") => `pg_temp.sid('${kind}:' || pg_temp.ri(${n}, ${salt}, 1, ${count}))`;
  return [
    {
      label: "tillgångar", table: "Asset",
      sql: `INSERT INTO "Asset" (id, "organizationId", name, description, "orgUnitId", "ownerId", kind, confidentiality, integrity, availability, traceability,
          "protectionLevel", classified, "classifiedAt", "classifiedById", "reviewDueAt", "personalData", "sensitivePersonalData", "legalRequirements", "createdAt", "updatedAt", version)
        SELECT id, ${org}, name, 'Genererad tillgång för regionens prestandamätning.', unit, owner, kind::"AssetKind", c, i, a, t, GREATEST(c, i, a, t),
          c IS NOT NULL AND i IS NOT NULL AND a IS NOT NULL, cat, CASE WHEN cat IS NOT NULL THEN classifier END, cat + interval '12 months',
          personal OR sensitive, sensitive, legal, created, COALESCE(cat, created), CASE WHEN cat IS NULL THEN 1 ELSE 2 END
        FROM (SELECT g.n, pg_temp.sid('asset:' || g.n) AS id, ${unit(1)} AS unit,
          k.asset_words[1 + g.n % cardinality(k.asset_words)] || ' ' || lpad(g.n::text, 5, '0') AS name,
          CASE WHEN pg_temp.r(g.n, 2) < 0.9 THEN ${pick("owners", 3)} END AS owner,
          CASE WHEN pg_temp.r(g.n, 4) < 0.70 THEN 'information' WHEN pg_temp.r(g.n, 4) < 0.85 THEN 'system' WHEN pg_temp.r(g.n, 4) < 0.93 THEN 'service'
            WHEN pg_temp.r(g.n, 4) < 0.97 THEN 'physical' ELSE 'other' END AS kind,
          CASE WHEN pg_temp.r(g.n, 5) >= 0.25 THEN pg_temp.ri(g.n, 6, 0, 4) END AS c,
          CASE WHEN pg_temp.r(g.n, 5) >= 0.30 THEN pg_temp.ri(g.n, 7, 0, 4) END AS i,
          CASE WHEN pg_temp.r(g.n, 5) >= 0.30 THEN pg_temp.ri(g.n, 8, 0, 4) END AS a,
          CASE WHEN pg_temp.r(g.n, 5) >= 0.30 AND pg_temp.r(g.n, 9) < 0.6 THEN pg_temp.ri(g.n, 10, 0, 4) END AS t,
          CASE WHEN pg_temp.r(g.n, 5) >= 0.25 THEN ${now} - ${days("pg_temp.ri(g.n, 11, 0, 450)")} END AS cat,
          ${pick("cisos", 12)} AS classifier, pg_temp.r(g.n, 13) < 0.33 AS personal, pg_temp.r(g.n, 14) < 0.06 AS sensitive,
          CASE WHEN pg_temp.r(g.n, 15) < 0.14 THEN 'GDPR, OSL' END AS legal, ${now} - ${days(`pg_temp.ri(g.n, 16, 460, ${FIVE_YEARS})`)} AS created
          FROM generate_series(1, ${v.assets}) g(n), k) x`,
    },
    {
      label: "klassningshistorik", table: "AssetClassification",
      sql: `INSERT INTO "AssetClassification" (id, "organizationId", "assetId", kind, confidentiality, integrity, availability, traceability, motivations, "levelNames", "classifiedById", "classifiedAt")
        SELECT pg_temp.sid('classification:' || a.id), a."organizationId", a.id, 'classified', a.confidentiality, a.integrity, a.availability, a.traceability,
          CASE WHEN a."personalData" THEN '{"confidentiality":"Innehåller personuppgifter."}'::jsonb ELSE '{}'::jsonb END,
          jsonb_strip_nulls(jsonb_build_object('confidentiality', k.level_names[a.confidentiality + 1], 'integrity', k.level_names[a.integrity + 1],
            'availability', k.level_names[a.availability + 1], 'traceability', k.level_names[a.traceability + 1])),
          a."classifiedById", a."classifiedAt"
        FROM "Asset" a, k WHERE a."organizationId" = ${org} AND a."classifiedAt" IS NOT NULL`,
    },
    {
      label: "tillgångskopplingar", table: "AssetLink",
      sql: `WITH i AS (SELECT id, row_number() OVER (ORDER BY id) AS rn FROM "Asset" WHERE "organizationId" = ${org} AND kind = 'information'),
          h AS (SELECT id, row_number() OVER (ORDER BY id) AS rn FROM "Asset" WHERE "organizationId" = ${org} AND kind IN ('system', 'service'))
        INSERT INTO "AssetLink" ("holderId", "heldId")
        SELECT DISTINCT t.id, i.id FROM (SELECT h.id, 1 + (h.rn * 7 + j * 131) % (SELECT count(*) FROM i) AS target FROM h CROSS JOIN generate_series(0, 2) j) t JOIN i ON i.rn = t.target`,
    },
    {
      label: "riskanalyser", table: "RiskAnalysis",
      sql: `INSERT INTO "RiskAnalysis" (id, "organizationId", title, scope, method, "orgUnitId", "performedAt", participants, status, "createdAt", "updatedAt")
        SELECT pg_temp.sid('analysis:' || g.n), ${org}, 'Riskanalys ' || g.n || ': ' || k.asset_words[1 + g.n % cardinality(k.asset_words)], 'Verksamhetens informationstillgångar',
          'MSB:s metodstöd', ${unit(20)}, CASE WHEN g.n % 8 < 6 THEN ${now} - ${days(`pg_temp.ri(g.n, 21, 10, ${FIVE_YEARS})`)} END,
          ARRAY['Systemförvaltare', 'Informationsägare'], (CASE WHEN g.n % 8 < 6 THEN 'completed' WHEN g.n % 8 = 6 THEN 'ongoing' ELSE 'planned' END)::"RiskAnalysisStatus",
          ${now} - interval '${FIVE_YEARS} days', ${now} - interval '5 days'
        FROM generate_series(1, ${v.analyses}) g(n), k`,
    },
    {
      label: "riskanalysernas tillgångar", table: "RiskAnalysisAsset",
      sql: `INSERT INTO "RiskAnalysisAsset" ("analysisId", "assetId") SELECT DISTINCT pg_temp.sid('analysis:' || g.n), ${ref("asset", v.assets, 22, "g.n * 100 + j")}
        FROM generate_series(1, ${v.analyses}) g(n), generate_series(1, 20) j`,
    },
    {
      label: "risker", table: "Risk",
      sql: `INSERT INTO "Risk" (id, "organizationId", title, cause, event, "consequenceText", "analysisId", "identifiedAt", likelihood, consequence, level, "ownerId", treatment,
          "residualLikelihood", "residualConsequence", "residualLevel", "acceptanceDecidedById", "acceptanceDecidedAt", "acceptanceMotivation", "acceptanceRecordedById",
          status, "reviewDueAt", "createdAt", "updatedAt", version)
        SELECT id, ${org}, title, 'Bristande rutiner och teknisk skuld', 'Information röjs, förvanskas eller blir otillgänglig', 'Verksamheten kan inte utföra sitt uppdrag',
          analysis, identified, l, c, l * c, owner, treatment::"RiskTreatment",
          CASE WHEN treatment IN ('reduce', 'transfer') THEN GREATEST(1, l - 1) END, CASE WHEN treatment IN ('reduce', 'transfer') THEN c END,
          CASE WHEN treatment IN ('reduce', 'transfer') THEN GREATEST(1, l - 1) * c END,
          CASE WHEN treatment = 'accept' THEN decider END, CASE WHEN treatment = 'accept' THEN identified + interval '10 days' END,
          CASE WHEN treatment = 'accept' THEN 'Kostnaden för åtgärder överstiger nyttan.' END, CASE WHEN treatment = 'accept' THEN decider END,
          (CASE WHEN treatment = 'accept' THEN 'accepted' WHEN pg_temp.r(n, 34) < 0.1 THEN 'closed' WHEN treatment IS NOT NULL AND pg_temp.r(n, 35) < 0.5 THEN 'treated' ELSE 'open' END)::"RiskStatus",
          ${now} + ${days("pg_temp.ri(n, 36, -200, 400)")}, identified + interval '9 hours', identified + interval '9 hours', 1
        FROM (SELECT g.n, pg_temp.sid('risk:' || g.n) AS id, k.risks[1 + g.n % cardinality(k.risks)] || ' (' || lpad(g.n::text, 5, '0') || ')' AS title,
          CASE WHEN g.n % 3 = 0 THEN ${ref("analysis", v.analyses, 30)} END AS analysis, (${now} - ${days(`pg_temp.ri(g.n, 31, 1, ${FIVE_YEARS})`)})::date AS identified,
          pg_temp.ri(g.n, 32, 1, 4) AS l, pg_temp.ri(g.n, 33, 1, 4) AS c, ${pick("owners", 37)} AS owner, ${pick("cisos", 38)} AS decider,
          CASE WHEN pg_temp.r(g.n, 39) < 0.35 THEN NULL WHEN pg_temp.r(g.n, 39) < 0.75 THEN 'reduce'
            WHEN pg_temp.r(g.n, 39) < 0.85 AND pg_temp.ri(g.n, 32, 1, 4) * pg_temp.ri(g.n, 33, 1, 4) <= 6 THEN 'accept' WHEN pg_temp.r(g.n, 39) < 0.97 THEN 'transfer' ELSE 'avoid' END AS treatment
          FROM generate_series(1, ${v.risks}) g(n), k) x`,
    },
    {
      label: "riskernas tillgångar", table: "RiskAsset",
      sql: `INSERT INTO "RiskAsset" ("riskId", "assetId") SELECT DISTINCT pg_temp.sid('risk:' || g.n), ${ref("asset", v.assets, 40, "g.n * 10 + j")}
        FROM generate_series(1, ${v.risks}) g(n), generate_series(1, 3) j WHERE j <= pg_temp.ri(g.n, 41, 1, 3)`,
    },
    {
      label: "risknivåhistorik", table: "RiskLevelChange",
      sql: `INSERT INTO "RiskLevelChange" (id, "organizationId", "riskId", likelihood, consequence, level, "residualLikelihood", "residualConsequence", "residualLevel", status, "changedById", "changedAt")
        SELECT pg_temp.sid('level:' || r.id || ':' || e.step), r."organizationId", r.id, LEAST(4, r.likelihood + e.step), r.consequence, LEAST(4, r.likelihood + e.step) * r.consequence,
          CASE WHEN e.step = 0 THEN r."residualLikelihood" END, CASE WHEN e.step = 0 THEN r."residualConsequence" END, CASE WHEN e.step = 0 THEN r."residualLevel" END,
          CASE WHEN e.step = 0 THEN r.status ELSE 'open' END, COALESCE(r."ownerId", r."acceptanceDecidedById"),
          CASE WHEN e.step = 0 THEN r."createdAt" + (${now} - r."createdAt") * 0.5 ELSE r."createdAt" END
        FROM "Risk" r CROSS JOIN (VALUES (0), (1)) e(step)
        WHERE r."organizationId" = ${org} AND (e.step = 0 OR hashtext(r.id) % 2 = 0)`,
    },
  ];
}
