// What scripts/bench-http.ts asks of the app, and beside each request its floor: the same list or
// aggregate as one hand-written SQL query. A list's floor reads the page of 50 rows the page shows
// with the names it joins and the total; a detail page's floor reads the record with its links.
export interface BenchContext {
  organizationId: string;
  userId: string;
  unitId: string;
  searchTerm: string;
  sample: { assetId: string; riskId: string; incidentId: string; actionId: string; supplierId: string; contractId: string; personId: string; findingId: string };
}

export type Kind = "list" | "detail" | "overview";

export interface Scenario {
  name: string;
  kind: Kind;
  path: (c: BenchContext) => string;
  /** Only sessions of these roles ask for it (a page others are refused). */
  roles?: string[];
  floor: { sql: string; params: (c: BenchContext) => unknown[] };
}

const page = (from: string, where: string, order: string, columns = "t.*") =>
  `SELECT ${columns}, count(*) OVER () AS total FROM ${from} WHERE ${where} ORDER BY ${order} LIMIT 50`;
const org = (c: BenchContext) => [c.organizationId];

/** Översikt and the indicators: the registers' key counts as one aggregate. */
const overviewFloor: Scenario["floor"] = {
  sql: `SELECT
    (SELECT count(*) FILTER (WHERE classified) * 1.0 / greatest(count(*), 1) FROM "Asset" WHERE "organizationId" = $1) AS classified,
    (SELECT count(*) FROM "Risk" WHERE "organizationId" = $1 AND status <> 'closed' AND level >= 12) AS high_risks,
    (SELECT count(*) FROM "Incident" WHERE "organizationId" = $1 AND "occurredAt" > now() - interval '1 year') AS incidents,
    (SELECT count(*) FROM "Action" WHERE "organizationId" = $1 AND status IN ('planned', 'in_progress') AND "dueAt" < now()) AS overdue_actions,
    (SELECT count(*) FROM "Finding" WHERE "organizationId" = $1 AND "escalatedAt" IS NOT NULL AND status <> 'closed') AS escalated,
    (SELECT count(DISTINCT "personId") FROM "TrainingRecord" WHERE "organizationId" = $1 AND "completedAt" > now() - interval '1 year') AS trained,
    (SELECT count(*) FROM "Contract" WHERE "organizationId" = $1 AND status = 'active' AND "dpaSignedAt" IS NULL) AS contracts_without_dpa`,
  params: org,
};

export const SCENARIOS: Scenario[] = [
  {
    // What every signed-in page costs before its own data: the session, the header with its bell, the menu.
    name: "Mitt konto (grundkostnad)",
    kind: "detail",
    path: () => "/konto",
    floor: { sql: `SELECT u.id, u.name, u.email, m.role FROM "User" u JOIN "Membership" m ON m."userId" = u.id WHERE u.id = $2 AND m."organizationId" = $1`, params: (c) => [c.organizationId, c.userId] },
  },
  {
    name: "Översikt",
    kind: "overview",
    path: () => "/",
    floor: overviewFloor,
  },
  {
    name: "Indikatorerna (API)",
    kind: "overview",
    path: () => "/api/v1/indicators",
    floor: overviewFloor,
  },
  {
    name: "Tillgångar, system",
    kind: "list",
    path: () => "/tillgangar?kind=system",
    floor: {
      sql: page(`"Asset" t LEFT JOIN "User" u ON u.id = t."ownerId" JOIN "OrgUnit" o ON o.id = t."orgUnitId"`, `t."organizationId" = $1 AND t.kind = 'system'`, "t.name, t.id", "t.*, u.name AS owner, o.name AS unit"),
      params: org,
    },
  },
  {
    name: "Tillgångar, sökning",
    kind: "list",
    path: (c) => `/tillgangar?q=${encodeURIComponent(c.searchTerm)}`,
    floor: {
      sql: page(`"Asset" t LEFT JOIN "User" u ON u.id = t."ownerId" JOIN "OrgUnit" o ON o.id = t."orgUnitId"`, `t."organizationId" = $1 AND t.name ILIKE '%' || $2 || '%'`, "t.name, t.id", "t.*, u.name AS owner, o.name AS unit"),
      params: (c) => [c.organizationId, c.searchTerm],
    },
  },
  {
    name: "Risker, öppna",
    kind: "list",
    path: () => "/risker?status=open",
    floor: { sql: page(`"Risk" t LEFT JOIN "User" u ON u.id = t."ownerId"`, `t."organizationId" = $1 AND t.status = 'open'`, "t.level DESC, t.id", "t.*, u.name AS owner"), params: org },
  },
  {
    name: "Incidenter, öppna",
    kind: "list",
    path: () => "/incidenter?open=true",
    floor: {
      sql: page(`"Incident" t LEFT JOIN "User" u ON u.id = t."reporterId" LEFT JOIN "User" h ON h.id = t."handlerId"`, `t."organizationId" = $1 AND t.status <> 'closed'`, `t."occurredAt" DESC, t.id`, "t.*, u.name AS reporter, h.name AS handler"),
      params: org,
    },
  },
  {
    name: "Åtgärder, öppna",
    kind: "list",
    path: () => "/atgarder?open=true",
    floor: { sql: page(`"Action" t LEFT JOIN "User" u ON u.id = t."ownerId"`, `t."organizationId" = $1 AND t.status IN ('planned', 'in_progress')`, `t."dueAt" ASC, t.id`, "t.*, u.name AS owner"), params: org },
  },
  {
    name: "Leverantörer, aktiva",
    kind: "list",
    path: () => "/leverantorer?status=active",
    floor: { sql: page(`"Supplier" t LEFT JOIN "User" u ON u.id = t."ownerId"`, `t."organizationId" = $1 AND t.status = 'active'`, "t.name, t.id", "t.*, u.name AS owner"), params: org },
  },
  {
    name: "Avtal",
    kind: "list",
    path: () => "/leverantorer/avtal",
    floor: { sql: page(`"Contract" t JOIN "Supplier" s ON s.id = t."supplierId"`, `t."organizationId" = $1`, "t.title, t.id", "t.*, s.name AS supplier"), params: org },
  },
  {
    name: "Personer, en förvaltning",
    kind: "list",
    path: (c) => `/kompetens/personer?orgUnitId=${c.unitId}`,
    floor: { sql: page(`"Person" t JOIN "OrgUnit" o ON o.id = t."orgUnitId"`, `t."organizationId" = $1 AND t."orgUnitId" = $2`, "t.name, t.id", "t.*, o.name AS unit"), params: (c) => [c.organizationId, c.unitId] },
  },
  {
    name: "Iakttagelser, öppna",
    kind: "list",
    path: () => "/internrevision/iakttagelser?status=open",
    floor: { sql: page(`"Finding" t LEFT JOIN "User" u ON u.id = t."responsibleId"`, `t."organizationId" = $1 AND t.status = 'open'`, `t."createdAt" DESC, t.id`, "t.*, u.name AS responsible"), params: org },
  },
  {
    name: "Ändringsloggen",
    kind: "list",
    path: () => "/admin/logg",
    roles: ["ciso", "admin"],
    floor: { sql: page(`"AuditEvent" t LEFT JOIN "User" u ON u.id = t."actorId"`, `t."organizationId" = $1`, "t.at DESC, t.seq DESC", "t.*, u.name AS actor"), params: org },
  },
  {
    name: "Mitt arbete",
    kind: "overview",
    path: () => "/mitt-arbete",
    floor: {
      sql: `SELECT 'action' AS kind, id, title, "dueAt" AS due FROM "Action" WHERE "organizationId" = $1 AND "ownerId" = $2 AND status IN ('planned', 'in_progress')
        UNION ALL SELECT 'asset', id, name, "reviewDueAt" FROM "Asset" WHERE "organizationId" = $1 AND "ownerId" = $2 AND "reviewDueAt" < now() + interval '30 days'
        UNION ALL SELECT 'risk', id, title, "reviewDueAt" FROM "Risk" WHERE "organizationId" = $1 AND "ownerId" = $2 AND status <> 'closed' AND "reviewDueAt" < now() + interval '30 days'
        UNION ALL SELECT 'finding', id, title, "responseDueAt" FROM "Finding" WHERE "organizationId" = $1 AND "responsibleId" = $2 AND status <> 'closed'
        ORDER BY due NULLS LAST LIMIT 200`,
      params: (c) => [c.organizationId, c.userId],
    },
  },
  detail("Tillgång", (c) => `/tillgangar/${c.sample.assetId}`, `SELECT t.*, u.name AS owner, o.name AS unit,
      (SELECT json_agg(h) FROM (SELECT * FROM "AssetClassification" WHERE "assetId" = t.id ORDER BY "classifiedAt" DESC LIMIT 10) h) AS history,
      (SELECT json_agg(r) FROM (SELECT r.id, r.title, r.level FROM "RiskAsset" ra JOIN "Risk" r ON r.id = ra."riskId" WHERE ra."assetId" = t.id) r) AS risks
    FROM "Asset" t LEFT JOIN "User" u ON u.id = t."ownerId" JOIN "OrgUnit" o ON o.id = t."orgUnitId" WHERE t.id = $1`, (c) => c.sample.assetId),
  detail("Risk", (c) => `/risker/${c.sample.riskId}`, `SELECT t.*, u.name AS owner,
      (SELECT json_agg(a) FROM (SELECT a.id, a.name FROM "RiskAsset" ra JOIN "Asset" a ON a.id = ra."assetId" WHERE ra."riskId" = t.id) a) AS assets,
      (SELECT json_agg(c) FROM (SELECT * FROM "RiskLevelChange" WHERE "riskId" = t.id ORDER BY "changedAt" DESC LIMIT 20) c) AS changes
    FROM "Risk" t LEFT JOIN "User" u ON u.id = t."ownerId" WHERE t.id = $1`, (c) => c.sample.riskId),
  detail("Incident", (c) => `/incidenter/${c.sample.incidentId}`, `SELECT t.*, u.name AS reporter,
      (SELECT json_agg(o) FROM "IncidentObligation" o WHERE o."incidentId" = t.id) AS obligations,
      (SELECT json_agg(a) FROM (SELECT a.id, a.name FROM "IncidentAsset" ia JOIN "Asset" a ON a.id = ia."assetId" WHERE ia."incidentId" = t.id) a) AS assets
    FROM "Incident" t LEFT JOIN "User" u ON u.id = t."reporterId" WHERE t.id = $1`, (c) => c.sample.incidentId),
  detail("Åtgärd", (c) => `/atgarder/${c.sample.actionId}`, `SELECT t.*, u.name AS owner FROM "Action" t LEFT JOIN "User" u ON u.id = t."ownerId" WHERE t.id = $1`, (c) => c.sample.actionId),
  detail("Leverantör", (c) => `/leverantorer/${c.sample.supplierId}`, `SELECT t.*, u.name AS owner,
      (SELECT json_agg(c) FROM "Contract" c WHERE c."supplierId" = t.id) AS contracts,
      (SELECT json_agg(f) FROM (SELECT * FROM "SupplierFollowUp" WHERE "supplierId" = t.id ORDER BY "performedAt" DESC LIMIT 10) f) AS follow_ups
    FROM "Supplier" t LEFT JOIN "User" u ON u.id = t."ownerId" WHERE t.id = $1`, (c) => c.sample.supplierId),
  detail("Avtal", (c) => `/leverantorer/avtal/${c.sample.contractId}`, `SELECT t.*, s.name AS supplier,
      (SELECT json_agg(a) FROM (SELECT a.id, a.name, a."protectionLevel" FROM "ContractAsset" ca JOIN "Asset" a ON a.id = ca."assetId" WHERE ca."contractId" = t.id) a) AS assets
    FROM "Contract" t JOIN "Supplier" s ON s.id = t."supplierId" WHERE t.id = $1`, (c) => c.sample.contractId),
  detail("Person", (c) => `/kompetens/personer/${c.sample.personId}`, `SELECT t.*, o.name AS unit,
      (SELECT json_agg(r) FROM (SELECT r.*, tr.title FROM "TrainingRecord" r JOIN "Training" tr ON tr.id = r."trainingId" WHERE r."personId" = t.id ORDER BY r."completedAt" DESC) r) AS records
    FROM "Person" t JOIN "OrgUnit" o ON o.id = t."orgUnitId" WHERE t.id = $1`, (c) => c.sample.personId),
  detail("Iakttagelse", (c) => `/internrevision/iakttagelser/${c.sample.findingId}`, `SELECT t.*, u.name AS responsible, a.title AS audit
    FROM "Finding" t LEFT JOIN "User" u ON u.id = t."responsibleId" LEFT JOIN "Audit" a ON a.id = t."auditId" WHERE t.id = $1`, (c) => c.sample.findingId),
];

function detail(name: string, path: Scenario["path"], sql: string, id: (c: BenchContext) => string): Scenario {
  // Sample records belong to nobody in particular: an information owner would rightly be refused (403).
  return { name, kind: "detail", path, roles: ["ciso", "admin"], floor: { sql, params: (c) => [id(c)] } };
}

/** The goals of issue 18, per kind of request, for p95 at 20 concurrent users (ms). */
export const P95_GOAL: Record<Kind, number> = { list: 150, detail: 150, overview: 300 };
