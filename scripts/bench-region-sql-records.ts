// Incidents, actions and suppliers of the region seed: the same helpers as bench-region-sql.ts.
import { pick, type Step, type Volumes } from "./bench-region-sql";

const FIVE_YEARS = 1826;
const days = (expr: string) => `(${expr}) * interval '1 day'`;
const hours = (expr: string) => `(${expr}) * interval '1 hour'`;
const ref = (kind: string, count: number, salt: number, n = "g.n") => `pg_temp.sid('${kind}:' || pg_temp.ri(${n}, ${salt}, 1, ${count}))`;

/** Incidents are staged in seed_incident so their references can be numbered per year, as the service does. */
export function incidentSteps(v: Volumes, org: string, now: string): Step[] {
  // Stockholm's calendar year of the report, as lib/incidents/service.ts numbers it.
  const year = `extract(year FROM (reported AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Stockholm')::int`;
  return [
    {
      label: "incidenter (förberedda)", table: "seed_incident",
      sql: `CREATE TEMP TABLE seed_incident AS SELECT *, ${year} AS year FROM (
        SELECT n, id, occurred, detected, LEAST(detected + ${hours("pg_temp.ri(n, 52, 0, 6)")}, ${now}) AS reported, age FROM (
          SELECT n, id, occurred, LEAST(occurred + ${hours("pg_temp.ri(n, 51, 0, 48)")}, ${now}) AS detected, age FROM (
            SELECT g.n, pg_temp.sid('incident:' || g.n) AS id, (${v.incidents} - g.n)::float8 / ${v.incidents} * ${FIVE_YEARS} AS age,
              ${now} - ${days(`(${v.incidents} - g.n)::float8 / ${v.incidents} * ${FIVE_YEARS}`)} - ${hours("pg_temp.ri(g.n, 50, 1, 12)")} AS occurred
            FROM generate_series(1, ${v.incidents}) g(n)) a) b) c`,
    },
    {
      label: "incidenter", table: "Incident",
      sql: `INSERT INTO "Incident" (id, "organizationId", reference, title, description, "occurredAt", "detectedAt", "reportedAt", "reporterId", categories,
          "impactConfidentiality", "impactIntegrity", "impactAvailability", severity, "personalData", "handlerId", status, "rootCause", "lessonsLearned",
          "repeatOfId", "closedAt", "createdAt", "updatedAt", version)
        SELECT id, ${org}, 'INC-' || year || '-' || lpad(row_number() OVER (PARTITION BY year ORDER BY reported, n)::text, GREATEST(4, length(row_number() OVER (PARTITION BY year ORDER BY reported, n)::text)), '0'), title,
          'Genererad incident för regionens prestandamätning: ' || title, occurred, detected, reported, reporter, categories, pg_temp.r(n, 60) < 0.3, pg_temp.r(n, 61) < 0.2,
          pg_temp.r(n, 62) < 0.5, CASE WHEN status <> 'reported' THEN (ARRAY[1, 1, 1, 1, 2, 2, 2, 3, 3, 4])[pg_temp.ri(n, 63, 1, 10)] END,
          personal::"PersonalDataAnswer", CASE WHEN status <> 'reported' THEN handler END, status::"IncidentStatus",
          CASE WHEN status = 'closed' AND pg_temp.r(n, 64) < 0.7 THEN 'Bristande rutin vid ändringshantering.' END,
          CASE WHEN status = 'closed' AND pg_temp.r(n, 65) < 0.4 THEN 'Rutinen har uppdaterats och personalen informerats.' END,
          CASE WHEN n > 100 AND pg_temp.r(n, 66) < 0.03 THEN pg_temp.sid('incident:' || (n - pg_temp.ri(n, 67, 1, 100))) END,
          closed, reported, COALESCE(closed, reported), CASE status WHEN 'closed' THEN 4 WHEN 'reported' THEN 1 ELSE 2 END
        FROM (SELECT i.*, k.incidents[1 + i.n % cardinality(k.incidents)] AS title, ${pick("users", 68, "i.n")} AS reporter, ${pick("handlers", 69, "i.n")} AS handler,
          (ARRAY['yes', 'no', 'no', 'no', 'unknown'])[pg_temp.ri(i.n, 70, 1, 5)] AS personal,
          CASE WHEN pg_temp.r(i.n, 71) < 0.1 THEN ARRAY[]::text[] WHEN pg_temp.r(i.n, 72) < 0.3
            THEN ARRAY[k.codes[1 + i.n % 10], k.codes[1 + (i.n + 3) % 10]] ELSE ARRAY[k.codes[1 + i.n % 10]] END AS categories,
          s.status, CASE WHEN s.status = 'closed' THEN LEAST(i.reported + ${days("pg_temp.ri(i.n, 73, 1, 60)")}, ${now}) END AS closed
          FROM seed_incident i, k, LATERAL (SELECT CASE WHEN i.age > 60 THEN (CASE WHEN pg_temp.r(i.n, 74) < 0.93 THEN 'closed' ELSE 'resolved' END)
            ELSE (ARRAY['reported', 'triaged', 'investigating', 'resolved', 'closed'])[pg_temp.ri(i.n, 75, 1, 5)] END AS status) s) x`,
    },
    {
      label: "incidentnummer (räknare)", table: "Sequence",
      sql: `INSERT INTO "Sequence" ("organizationId", key, value) SELECT ${org}, 'incident-' || year, count(*) FROM seed_incident GROUP BY year`,
    },
    {
      // Only IMY's 72 hours apply: the organisation keeps the default settings (not under the cybersäkerhetslag).
      // A closed incident has every obligation reported or assessed, as closing requires.
      label: "rapporteringsskyldigheter", table: "IncidentObligation",
      sql: `INSERT INTO "IncidentObligation" (id, "incidentId", kind, "dueAt", "reportedAt", "assessedById", "assessedAt", motivation)
        SELECT pg_temp.sid('obligation:' || i.id), i.id, 'gdpr_imy', i."detectedAt" + interval '72 hours',
          CASE WHEN assessed THEN NULL WHEN i.status IN ('closed', 'resolved') OR pg_temp.r(i.n, 80) < 0.5
            THEN LEAST(i."detectedAt" + ${hours("CASE WHEN pg_temp.r(i.n, 81) < 0.1 THEN 77 ELSE pg_temp.ri(i.n, 82, 2, 70) END")}, ${now}) END,
          CASE WHEN assessed THEN i."handlerId" END, CASE WHEN assessed THEN i."detectedAt" + interval '24 hours' END,
          CASE WHEN assessed THEN 'Inga personuppgifter berördes.' END
        FROM (SELECT s.n, inc.*, inc."personalData" = 'unknown' AND inc.status IN ('closed', 'resolved') AND inc."handlerId" IS NOT NULL AS assessed
          FROM seed_incident s JOIN "Incident" inc ON inc.id = s.id WHERE inc."personalData" <> 'no') i`,
    },
    {
      label: "incidenternas tillgångar", table: "IncidentAsset",
      sql: `INSERT INTO "IncidentAsset" ("incidentId", "assetId") SELECT DISTINCT pg_temp.sid('incident:' || g.n), ${ref("asset", v.assets, 83, "g.n * 10 + j")}
        FROM generate_series(1, ${v.incidents}) g(n), generate_series(1, 2) j WHERE pg_temp.r(g.n, 84) < 0.6 AND j <= pg_temp.ri(g.n, 85, 1, 2)`,
    },
    {
      label: "incidenternas risker", table: "IncidentRisk",
      sql: `INSERT INTO "IncidentRisk" ("incidentId", "riskId") SELECT pg_temp.sid('incident:' || g.n), ${ref("risk", v.risks, 86)}
        FROM generate_series(1, ${v.incidents}) g(n) WHERE pg_temp.r(g.n, 87) < 0.3`,
    },
  ];
}

/** Actions from every register that has records here; about a fifth overdue. */
export function actionStep(v: Volumes, org: string, now: string): Step {
  const sources: [string, string, number][] = [["risk", "risk", v.risks], ["incident", "incident", v.incidents], ["asset", "asset", v.assets], ["risk_analysis", "analysis", v.analyses],
    ["finding", "finding", v.findings], ["supplier", "supplier", v.suppliers], ["contract", "contract", v.contracts]];
  const bounds = [0.35, 0.6, 0.68, 0.71, 0.79, 0.84, 0.88];
  const type = `CASE ${sources.map(([t], i) => `WHEN pg_temp.r(g.n, 90) < ${bounds[i]} THEN '${t}'`).join(" ")} END`;
  const id = `CASE ${sources.map(([, key, count], i) => `WHEN pg_temp.r(g.n, 90) < ${bounds[i]} THEN ${ref(key, count, 91)}`).join(" ")} END`;
  return {
    label: "åtgärder", table: "Action",
    sql: `INSERT INTO "Action" (id, "organizationId", title, description, "ownerId", "dueAt", status, "completedAt", "sourceType", "sourceId", "effectNote", "createdById", "createdAt", "updatedAt", version)
      SELECT id, ${org}, title, NULL, owner, due, status::"ActionStatus", CASE WHEN status = 'done' THEN LEAST(COALESCE(due, created) + ${days("pg_temp.ri(n, 92, -30, 20)")}, ${now}) END,
        stype, sid, CASE WHEN status = 'done' AND pg_temp.r(n, 93) < 0.3 THEN 'Åtgärden har haft avsedd effekt.' END, creator, created,
        CASE WHEN status IN ('done', 'cancelled') THEN LEAST(COALESCE(due, created) + ${days("pg_temp.ri(n, 92, -30, 20)")}, ${now}) ELSE created END, CASE WHEN status = 'planned' THEN 1 ELSE 2 END
      FROM (SELECT g.n, pg_temp.sid('action:' || g.n) AS id, k.actions[1 + g.n % cardinality(k.actions)] || ' ' || g.n AS title,
        CASE WHEN pg_temp.r(g.n, 94) < 0.9 THEN ${pick("users", 95)} END AS owner, ${pick("cisos", 96)} AS creator,
        CASE WHEN pg_temp.r(g.n, 97) >= 0.05 THEN ${now} + ${days("pg_temp.ri(g.n, 98, -400, 300)")} END AS due,
        (ARRAY['done', 'done', 'done', 'done', 'done', 'done', 'done', 'done', 'done', 'done', 'done', 'cancelled', 'in_progress', 'in_progress', 'in_progress',
          'planned', 'planned', 'planned', 'planned', 'planned'])[pg_temp.ri(g.n, 99, 1, 20)] AS status,
        ${type} AS stype, ${id} AS sid,
        LEAST(${now} + ${days("pg_temp.ri(g.n, 98, -400, 300)")}, ${now}) - ${days("pg_temp.ri(g.n, 100, 30, 120)")} AS created
        FROM generate_series(1, ${v.actions}) g(n), k) x`,
  };
}

export function supplierSteps(v: Volumes, org: string, now: string): Step[] {
  const unit = (salt: number) => `pg_temp.sid('unit:' || (1 + floor(pg_temp.r(g.n, ${salt}) * ${v.units})::int))`;
  return [
    {
      label: "leverantörer", table: "Supplier",
      sql: `INSERT INTO "Supplier" (id, "organizationId", name, "orgNumber", country, category, "contactName", "contactEmail", "ownerId", status, certifications, "parentSupplierId", "createdAt", "updatedAt")
        SELECT pg_temp.sid('supplier:' || g.n), ${org}, k.supplier_a[1 + g.n % cardinality(k.supplier_a)] || ' ' || k.supplier_b[1 + (g.n / 10) % cardinality(k.supplier_b)] || ' ' || g.n || ' AB',
          CASE WHEN pg_temp.r(g.n, 110) < 0.9 THEN pg_temp.orgnr('55' || lpad((1000000 + g.n)::text, 7, '0')) END,
          CASE WHEN pg_temp.r(g.n, 110) < 0.9 THEN 'SE' ELSE (ARRAY['US', 'DE', 'IE', 'NL'])[pg_temp.ri(g.n, 111, 1, 4)] END,
          (ARRAY['saas', 'it_operations', 'consulting', 'facilities', 'other'])[pg_temp.ri(g.n, 112, 1, 5)],
          CASE WHEN pg_temp.r(g.n, 113) < 0.5 THEN 'Kontaktperson ' || g.n END, CASE WHEN pg_temp.r(g.n, 113) < 0.5 THEN 'kontakt' || g.n || '@leverantor.se' END,
          ${pick("owners", 114)}, CASE WHEN pg_temp.r(g.n, 115) < 0.8 THEN 'active' WHEN pg_temp.r(g.n, 115) < 0.85 THEN 'prospective' ELSE 'ended' END,
          CASE WHEN pg_temp.r(g.n, 116) < 0.4 THEN jsonb_build_array(jsonb_build_object('standard', 'ISO/IEC 27001', 'validUntil', to_char(${now} + ${days("pg_temp.ri(g.n, 117, -200, 900)")}, 'YYYY-MM-DD'))) ELSE '[]'::jsonb END,
          CASE WHEN g.n > 20 AND pg_temp.r(g.n, 118) < 0.05 THEN pg_temp.sid('supplier:' || pg_temp.ri(g.n, 119, 1, 20)) END,
          ${now} - ${days(`pg_temp.ri(g.n, 120, 30, ${FIVE_YEARS})`)}, ${now} - ${days("pg_temp.ri(g.n, 121, 0, 30)")}
        FROM generate_series(1, ${v.suppliers}) g(n), k`,
    },
    {
      label: "avtal", table: "Contract",
      sql: `INSERT INTO "Contract" (id, "organizationId", "supplierId", title, reference, "orgUnitId", "ownerId", status, "startsAt", "endsAt", "noticeMonths", "autoRenewal",
          "dpaSignedAt", "dpaReference", "securityAgreementSignedAt", "createdAt", "updatedAt")
        SELECT id, ${org}, supplier, title, 'KS ' || extract(year FROM starts)::int || '/' || n, unit, owner, status, starts,
          CASE WHEN status = 'expired' THEN (${now} - ${days("pg_temp.ri(n, 130, 1, 400)")})::date WHEN pg_temp.r(n, 131) < 0.85 THEN (starts + ${days("pg_temp.ri(n, 132, 400, 1800)")})::date END,
          (ARRAY[NULL, 3, 6, 12])[pg_temp.ri(n, 133, 1, 4)], pg_temp.r(n, 134) < 0.3,
          CASE WHEN pg_temp.r(n, 135) < 0.6 THEN starts END, CASE WHEN pg_temp.r(n, 135) < 0.6 THEN 'PUB-' || n END, CASE WHEN pg_temp.r(n, 136) < 0.4 THEN starts END,
          starts::timestamp, starts::timestamp + interval '1 day'
        FROM (SELECT g.n, pg_temp.sid('contract:' || g.n) AS id, pg_temp.sid('supplier:' || (1 + (g.n - 1) % ${v.suppliers})) AS supplier,
          (ARRAY['Drift och förvaltning', 'Licensavtal', 'Molntjänst', 'Konsultstöd', 'Support', 'Lokalvård'])[pg_temp.ri(g.n, 137, 1, 6)] || ' ' || lpad(g.n::text, 5, '0') AS title,
          ${unit(138)} AS unit, ${pick("owners", 139)} AS owner, (${now} - ${days(`pg_temp.ri(g.n, 140, 30, ${FIVE_YEARS})`)})::date AS starts,
          CASE WHEN pg_temp.r(g.n, 141) < 0.7 THEN 'active' WHEN pg_temp.r(g.n, 141) < 0.75 THEN 'procurement' WHEN pg_temp.r(g.n, 141) < 0.85 THEN 'terminated' ELSE 'expired' END AS status
          FROM generate_series(1, ${v.contracts}) g(n), k) x`,
    },
    {
      label: "avtalens tillgångar", table: "ContractAsset",
      sql: `INSERT INTO "ContractAsset" ("contractId", "assetId") SELECT DISTINCT pg_temp.sid('contract:' || g.n), ${ref("asset", v.assets, 142, "g.n * 10 + j")}
        FROM generate_series(1, ${v.contracts}) g(n), generate_series(1, 2) j WHERE pg_temp.r(g.n, 143) < 0.7 AND j <= pg_temp.ri(g.n, 144, 1, 2)`,
    },
  ];
}
