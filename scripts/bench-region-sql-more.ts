// Competence, internal audit and the change log of the region seed: the same helpers as bench-region-sql.ts.
import { pick, word, type Step, type Volumes } from "./bench-region-sql";

const FIVE_YEARS = 1826;
const days = (expr: string) => `(${expr}) * interval '1 day'`;

// Six programmes as scripts/bench-competence.ts has them: title, kind, mandatory, recurrence months, new-staff days, target group.
const TRAININGS = [
  ["Grundkurs i informationssäkerhet", "e_learning", true, 24, null, "all_staff"], ["Introduktion för nyanställda", "e_learning", true, null, 30, "new_staff"],
  ["Informationssäkerhet för chefer", "classroom", true, 36, null, "managers"], ["IT-säkerhet för tekniker", "workshop", true, 12, null, "it"],
  ["Dataskydd i vardagen", "micro_learning", false, 24, null, "all_staff"], ["Incidentövning", "workshop", false, 12, null, "information_owners"],
] as const;

export function competenceSteps(v: Volumes, org: string, now: string): Step[] {
  const values = TRAININGS.map(([title, kind, mandatory, months, newDays, group], i) =>
    `(${i + 1}, '${title}', '${kind}', ${mandatory}, ${months ?? "NULL::int"}, ${newDays ?? "NULL::int"}, '${group}')`).join(", ");
  return [
    {
      label: "utbildningar", table: "Training",
      sql: `INSERT INTO "Training" (id, "organizationId", title, description, kind, "targetGroups", mandatory, "recurrenceMonths", "newStaffWithinDays", "knowledgeAreas", "ownerId", status, "createdAt", "updatedAt")
        SELECT pg_temp.sid('training:' || t.n), ${org}, t.title, 'Genererad utbildning.', t.kind, ARRAY[t.grp], t.mandatory, t.months, t.new_days,
          ARRAY['what_and_why', 'rules', 'incident_response'], pg_temp.sid('user:' || k.cisos[1]), 'active', ${now} - interval '${FIVE_YEARS + 30} days', ${now} - interval '30 days'
        FROM (VALUES ${values}) t(n, title, kind, mandatory, months, new_days, grp), k`,
    },
    {
      label: "personer", table: "Person",
      sql: `INSERT INTO "Person" (id, "organizationId", name, email, "employeeNumber", "orgUnitId", "targetGroups", "startedAt", "endedAt", "createdAt", "updatedAt")
        SELECT pg_temp.sid('person:' || g.n), ${org}, first || ' ' || last, translate(lower(first || '.' || last), 'åäöé', 'aaoe') || g.n || '@region.bench.se',
          (100000 + g.n)::text, pg_temp.sid('unit:' || (1 + floor(pg_temp.r(g.n, 150) * ${v.units})::int)),
          CASE pg_temp.ri(g.n, 151, 1, 6) WHEN 4 THEN ARRAY['managers'] WHEN 5 THEN ARRAY['it'] WHEN 6 THEN ARRAY['information_owners'] ELSE ARRAY[]::text[] END,
          (${now} - ${days("pg_temp.ri(g.n, 152, 5, 4000)")})::date, CASE WHEN pg_temp.r(g.n, 153) < 0.05 THEN (${now} - ${days("pg_temp.ri(g.n, 154, 1, 300)")})::date END,
          ${now} - ${days(`pg_temp.ri(g.n, 155, 0, ${FIVE_YEARS})`)}, ${now} - interval '1 day'
        FROM generate_series(1, ${v.people}) g(n), k, LATERAL (SELECT ${word("first_names", 156)} AS first, ${word("last_names", 157)} AS last) p`,
    },
    {
      label: "genomförda utbildningar", table: "TrainingRecord", rebuildIndexes: true,
      sql: `INSERT INTO "TrainingRecord" (id, "organizationId", "personId", "trainingId", "completedAt", source, "createdAt", "updatedAt")
        SELECT pg_temp.sid('record:' || g.n), ${org}, pg_temp.sid('person:' || pg_temp.ri(g.n, 160, 1, ${v.people})), pg_temp.sid('training:' || pg_temp.ri(g.n, 161, 1, ${TRAININGS.length})),
          done, CASE WHEN pg_temp.r(g.n, 162) < 0.7 THEN 'import' ELSE 'manual' END, done, done
        FROM generate_series(1, ${v.records}) g(n), LATERAL (SELECT ${now} - ${days(`pg_temp.ri(g.n, 163, 1, ${FIVE_YEARS})`)} AS done) d`,
    },
  ];
}

/** One approved programme a year, audits spread over the five years and five months ahead, findings on the audits already held. */
export function internalAuditSteps(v: Volumes, org: string, now: string): Step[] {
  const span = FIVE_YEARS + 150;
  // Audits held: those dated before now (their share of the span), less one for rounding.
  const held = Math.max(1, Math.floor((v.audits * FIVE_YEARS) / span) - 1);
  return [
    {
      label: "revisionsprogram", table: "AuditProgramme",
      sql: `INSERT INTO "AuditProgramme" (id, "organizationId", title, "periodFrom", "periodTo", "ownerId", status, "approvedById", "approvedAt", "createdAt", "updatedAt")
        SELECT pg_temp.sid('programme:' || y.year), ${org}, 'Revisionsprogram ' || y.year, make_date(y.year, 1, 1), make_date(y.year, 12, 31), pg_temp.sid('user:' || k.cisos[1]),
          (CASE WHEN make_date(y.year, 1, 1) > ${now} THEN 'draft' ELSE 'approved' END)::"AuditProgrammeStatus",
          CASE WHEN make_date(y.year, 1, 1) <= ${now} THEN pg_temp.sid('user:' || k.cisos[1]) END, CASE WHEN make_date(y.year, 1, 1) <= ${now} THEN make_date(y.year - 1, 12, 1) END,
          make_date(y.year - 1, 11, 1), make_date(y.year - 1, 12, 1)
        FROM generate_series(extract(year FROM ${now} - interval '${FIVE_YEARS} days')::int, extract(year FROM ${now} + interval '150 days')::int) y(year), k`,
    },
    {
      label: "revisioner (förberedda)", table: "seed_audit",
      sql: `CREATE TEMP TABLE seed_audit AS SELECT n, pg_temp.sid('audit:' || n) AS id, at,
          extract(year FROM at)::int AS programme,
          CASE WHEN at > ${now} THEN 'planned' WHEN at > ${now} - interval '60 days' THEN 'performed' WHEN pg_temp.r(n, 170) < 0.8 THEN 'closed' ELSE 'reported' END AS status
        FROM (SELECT g.n, ${now} + ${days(`(g.n - 1)::float8 / ${v.audits} * ${span} - ${FIVE_YEARS}`)} AS at FROM generate_series(1, ${v.audits}) g(n)) a`,
    },
    {
      label: "revisioner", table: "Audit",
      sql: `INSERT INTO "Audit" (id, "organizationId", "programmeId", title, area, perspective, "orgUnitIds", criteria, "criteriaRefs", "plannedMonth", "leadAuditorId", "auditorIds",
          auditees, status, "performedAt", interviews, "createdAt", "updatedAt")
        SELECT a.id, ${org}, pg_temp.sid('programme:' || a.programme), k.findings[1 + a.n % cardinality(k.findings)] || ' – revision ' || a.n, 'Verksamhetens informationssäkerhetsarbete',
          (ARRAY['riskhantering', 'informationsklassning', 'incidenthantering'])[1 + a.n % 3], ARRAY[pg_temp.sid('unit:' || (1 + a.n % ${v.units}))],
          'ISO/IEC 27001:2022 och MSBFS 2020:6', ARRAY['ISO/IEC 27001:2022 9.2', 'MSBFS 2020:6 6 §'], to_char(a.at, 'YYYY-MM'), ${pick("auditors", 171, "a.n")}, ARRAY[]::text[],
          ARRAY['Förvaltningschef', 'Systemförvaltare'], a.status::"AuditStatus", CASE WHEN a.status <> 'planned' THEN a.at END, '[]'::jsonb,
          a.at - interval '90 days', CASE WHEN a.status = 'planned' THEN a.at - interval '90 days' ELSE a.at + interval '14 days' END
        FROM seed_audit a, k`,
    },
    {
      label: "revisionsrapporter", table: "AuditReport",
      sql: `INSERT INTO "AuditReport" (id, "auditId", revision, summary, scope, conclusion, motivation, "issuedAt", "issuedById")
        SELECT pg_temp.sid('report:' || a.n), a.id, 1, 'Revisionen visar i huvudsak god efterlevnad med enstaka avvikelser.', 'Hela förvaltningen',
          (ARRAY['conforming', 'largely_conforming', 'largely_conforming', 'not_conforming'])[pg_temp.ri(a.n, 172, 1, 4)]::"AuditConclusion", 'Se iakttagelserna.',
          a.at + interval '14 days', ${pick("auditors", 171, "a.n")}
        FROM seed_audit a, k WHERE a.status IN ('reported', 'closed')`,
    },
    {
      label: "revisionsiakttagelser", table: "Finding",
      sql: `INSERT INTO "Finding" (id, "organizationId", "auditId", type, title, description, criterion, "orgUnitId", "responsibleId", "responseDueAt", "rootCause", "actionPlan",
          "planSubmittedAt", "planAcceptedAt", "planAcceptedById", status, "verifiedAt", "verifiedById", effective, "closedAt", "escalatedAt", "createdById", "createdAt", "updatedAt")
        SELECT id, ${org}, audit, type::"FindingType", title, 'Genererad iakttagelse.', 'MSBFS 2020:6 6 §', unit, responsible, due,
          CASE WHEN rank >= 2 THEN 'Rutinen var inte känd.' END, CASE WHEN rank >= 2 THEN 'Uppdatera och kommunicera rutinen.' END,
          CASE WHEN rank >= 2 THEN at + interval '30 days' END, CASE WHEN rank >= 3 THEN at + interval '40 days' END, CASE WHEN rank >= 3 THEN lead END,
          (ARRAY['open', 'plan_submitted', 'plan_accepted', 'implemented', 'verified', 'closed'])[rank]::"FindingStatus",
          CASE WHEN rank >= 5 THEN at + interval '120 days' END, CASE WHEN rank >= 5 THEN lead END, CASE WHEN rank >= 5 THEN true END,
          CASE WHEN rank = 6 THEN at + interval '130 days' END, CASE WHEN rank = 1 AND due < ${now} AND pg_temp.r(n, 180) < 0.3 THEN due + interval '7 days' END,
          lead, at + interval '7 days', at + ${days("CASE WHEN rank = 1 THEN 7 ELSE 30 + rank * 20 END")}
        FROM (SELECT g.n, pg_temp.sid('finding:' || g.n) AS id, a.id AS audit, s.at, a."leadAuditorId" AS lead, a."orgUnitIds"[1] AS unit, s.at + interval '60 days' AS due,
          CASE WHEN pg_temp.r(g.n, 181) < 0.1 THEN 'major_nonconformity' WHEN pg_temp.r(g.n, 181) < 0.45 THEN 'minor_nonconformity' WHEN pg_temp.r(g.n, 181) < 0.75 THEN 'observation'
            WHEN pg_temp.r(g.n, 181) < 0.95 THEN 'improvement' ELSE 'positive' END AS type,
          k.findings[1 + g.n % cardinality(k.findings)] AS title, ${pick("owners", 182)} AS responsible,
          CASE WHEN pg_temp.r(g.n, 181) >= 0.95 THEN 6 WHEN s.at < ${now} - interval '365 days' THEN (ARRAY[4, 5, 6, 6, 6, 6, 6, 6, 6, 6])[pg_temp.ri(g.n, 183, 1, 10)]
            WHEN s.at < ${now} - interval '120 days' THEN pg_temp.ri(g.n, 184, 2, 6) ELSE pg_temp.ri(g.n, 185, 1, 2) END AS rank
          FROM generate_series(1, ${v.findings}) g(n)
          JOIN seed_audit s ON s.n = 1 + (g.n - 1) % ${held} JOIN "Audit" a ON a.id = s.id, k) x`,
    },
  ];
}

/** The change log: events on the seeded records by the seeded users over five years, as the services write them. */
export function auditEventStep(v: Volumes, org: string, now: string): Step {
  // share of events, entity, id key, how many there are, the reference field an update changes
  const entities: [number, string, string, number, string][] = [[0.25, "asset", "asset", v.assets, "ownerId"], [0.4, "risk", "risk", v.risks, "ownerId"],
    [0.7, "incident", "incident", v.incidents, "handlerId"], [0.88, "action", "action", v.actions, "ownerId"], [0.91, "supplier", "supplier", v.suppliers, "ownerId"],
    [0.94, "contract", "contract", v.contracts, "ownerId"], [0.97, "person", "person", v.people, "userId"], [1.01, "finding", "finding", v.findings, "responsibleId"]];
  const values = entities.map(([, entity, key, count, field], i) => `(${i + 1}, '${entity}', '${key}', ${count}, '${field}')`).join(", ");
  const index = `CASE ${entities.map(([upTo], i) => `WHEN pg_temp.r(g.n, 190) < ${upTo} THEN ${i + 1}`).join(" ")} END`;
  return {
    label: "ändringslogg", table: "AuditEvent", rebuildIndexes: true,
    sql: `INSERT INTO "AuditEvent" (id, "organizationId", "actorId", "actorLabel", entity, "entityId", action, before, after, at)
      SELECT pg_temp.sid('event:' || g.n), ${org}, su.id, su.email, e.entity, pg_temp.sid(e.key || ':' || pg_temp.ri(g.n, 191, 1, e.cnt)),
        CASE WHEN creating THEN 'create' WHEN e.entity = 'asset' AND pg_temp.r(g.n, 192) < 0.3 THEN 'review' ELSE 'update' END,
        CASE WHEN NOT creating THEN jsonb_build_object(e.field, ${pick("owners", 193)}, 'version', 1) END,
        CASE WHEN creating THEN jsonb_build_object('status', 'open', e.field, ${pick("owners", 194)}, 'version', 1) ELSE jsonb_build_object(e.field, ${pick("owners", 195)}, 'version', 2) END,
        ${now} - ${days(`pg_temp.r(g.n, 196) * ${FIVE_YEARS}`)}
      FROM generate_series(1, ${v.events}) g(n) CROSS JOIN k
        CROSS JOIN LATERAL (SELECT 1 + floor(pg_temp.r(g.n, 197) * ${v.users})::int AS u, pg_temp.r(g.n, 198) < 0.25 AS creating) c
        JOIN seed_user su ON su.n = c.u
        JOIN (VALUES ${values}) e(i, entity, key, cnt, field) ON e.i = ${index}`,
  };
}
