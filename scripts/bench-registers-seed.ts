// The large-municipality organisation of scripts/bench-registers.ts: people, assets, analyses, risks, maturity.
// Assets go through the import (the bulk path users have), analyses, risks and maturity sessions through
// their services. Users are inserted directly (the service hashes a password per user with argon2, which
// says nothing about reads), as are asset links and backdated history that no service can write.
import { randomUUID } from "node:crypto";
import { benchOrganisation, DAY, random, timed, type Random } from "./bench-support";
import { seedIncidents, seedActions } from "./bench-registers-records";

type Principal = import("../lib/authz/roles").Principal;

const UNITS = [
  "Kommunledningsförvaltningen", "Socialförvaltningen", "Barn- och utbildningsförvaltningen", "Samhällsbyggnadsförvaltningen",
  "Kultur- och fritidsförvaltningen", "Miljöförvaltningen", "Stadsbyggnadsförvaltningen", "Vård- och omsorgsförvaltningen",
  "Arbetsmarknadsförvaltningen", "Gymnasieförvaltningen", "Servicenämndens förvaltning", "IT-avdelningen", "HR-avdelningen",
  "Ekonomiavdelningen", "Kommunikationsavdelningen", "Räddningstjänsten", "Överförmyndarenheten", "Lokalförvaltningen",
  "Tekniska förvaltningen", "Upphandlingsenheten",
];
const KINDS = [...Array(70).fill("Informationsmängd"), ...Array(15).fill("System"), ...Array(8).fill("Tjänst"), ...Array(4).fill("Fysisk tillgång"), ...Array(3).fill("Övrigt")] as string[];
const ROLES = ["admin", ...Array(20).fill("information_owner"), "management", "management", "management", "auditor", "auditor", "reporter", "reporter", "reporter"] as const;

export interface BenchOrg {
  ciso: Principal;
  admin: Principal;
  owner: Principal;
  users: string[];
  owners: string[];
  assets: { id: string; kind: string; ownerId: string | null }[];
  analyses: string[];
  risks: { id: string; identifiedAt: Date }[];
  assessments: string[];
  incidents: string[];
}

async function people(ciso: Principal): Promise<{ admin: Principal; owner: Principal; users: string[]; owners: string[] }> {
  const { db } = await import("../lib/db/client");
  const rows = ROLES.map((role, i) => ({ id: randomUUID(), email: `${role.replace("_", "-")}-${i + 1}@bench.se`, name: `Person ${i + 1} (${role})`, role }));
  await db.user.createMany({ data: rows.map(({ id, email, name }) => ({ id, email, name })) });
  await db.membership.createMany({ data: rows.map(({ id, role }) => ({ userId: id, organizationId: ciso.organizationId, role })) });
  const principal = (row: (typeof rows)[number]): Principal => ({ ...ciso, userId: row.id, email: row.email, name: row.name, role: row.role });
  return {
    admin: principal(rows[0]),
    owner: principal(rows[1]),
    users: [ciso.userId, ...rows.map((row) => row.id)],
    owners: rows.filter((row) => row.role === "information_owner").map((row) => row.id),
  };
}

/** 10 000 assets through the import; a quarter unclassified, some reviews overdue, systems holding information. */
async function assets(ciso: Principal, ownerEmails: string[], rnd: Random) {
  const { db } = await import("../lib/db/client");
  const { importAssets } = await import("../lib/assets/import");
  const { IMPORT_HEADERS, csvBuffer } = await import("../test/assets-factories");
  const rows = Array.from({ length: 10_000 }, (_, i) => {
    const unclassified = rnd.chance(0.25);
    const level = () => (unclassified ? "" : rnd.int(0, 4));
    return [
      `${KINDS[i % KINDS.length]} ${String(i + 1).padStart(5, "0")}`,
      `Genererad tillgång ${i + 1}.`,
      KINDS[i % KINDS.length],
      UNITS[i % UNITS.length],
      i % 10 === 0 ? "" : ownerEmails[i % ownerEmails.length],
      level(), level(), level(), level(),
      i % 3 === 0 ? "ja" : "nej",
      i % 17 === 0 ? "ja" : "nej",
      i % 7 === 0 ? "GDPR, OSL" : "",
    ];
  });
  await importAssets(ciso, csvBuffer([IMPORT_HEADERS, ...rows]));
  // Bulk SQL: classifications made over the last 15 months, so some reviews are overdue now.
  await db.$executeRaw`UPDATE "Asset" SET "classifiedAt" = "classifiedAt" - (abs(hashtext("id")) % 450) * interval '1 day',
    "reviewDueAt" = "reviewDueAt" - (abs(hashtext("id")) % 450) * interval '1 day' WHERE "organizationId" = ${ciso.organizationId} AND "classified"`;
  const list = await db.asset.findMany({ where: { organizationId: ciso.organizationId }, select: { id: true, kind: true, ownerId: true }, orderBy: { name: "asc" } });
  const information = list.filter((asset) => asset.kind === "information");
  const links = list.filter((asset) => asset.kind === "system" || asset.kind === "service")
    .flatMap((holder, i) => [0, 1, 2].map((k) => ({ holderId: holder.id, heldId: information[(i * 7 + k * 131) % information.length].id })));
  await db.assetLink.createMany({ data: links, skipDuplicates: true });
  return list;
}

async function analyses(ciso: Principal, assetIds: string[], now: Date, rnd: Random): Promise<string[]> {
  const { createRiskAnalysis } = await import("../lib/risk-analyses/service");
  const ids: string[] = [];
  for (let i = 0; i < 40; i++) {
    const status = i < 30 ? "completed" : i < 35 ? "ongoing" : "planned";
    const start = rnd.int(0, assetIds.length - 200);
    const created = await createRiskAnalysis(ciso, {
      title: `Riskanalys ${i + 1}`,
      status,
      performedAt: status === "completed" ? new Date(now.getTime() - rnd.int(10, 900) * DAY) : null,
      participants: ["Systemförvaltare", "Informationsägare"],
      assetIds: assetIds.slice(start, start + rnd.int(50, 200)),
    });
    ids.push(created.id);
  }
  return ids;
}

/** 2 000 risks through createRisk (four at a time), then backdated level history. */
async function risks(ciso: Principal, org: Pick<BenchOrg, "assets" | "analyses" | "owners">, now: Date, rnd: Random) {
  const { db } = await import("../lib/db/client");
  const { createRisk } = await import("../lib/risks/service");
  const inputs = Array.from({ length: 2000 }, (_, i) => {
    const likelihood = rnd.int(1, 4);
    const consequence = rnd.int(1, 4);
    const level = likelihood * consequence;
    const roll = rnd.next();
    const treatment = roll < 0.35 ? null : roll < 0.75 ? ("reduce" as const) : roll < 0.85 && level <= 6 ? ("accept" as const) : ("transfer" as const);
    const residual = treatment === "reduce" || treatment === "transfer" ? { residualLikelihood: Math.max(1, likelihood - 1), residualConsequence: consequence } : {};
    const status = treatment === "accept" ? "accepted" : rnd.chance(0.1) ? "closed" : treatment && rnd.chance(0.5) ? "treated" : "open";
    return {
      title: `Risk ${i + 1}: obehörig åtkomst eller avbrott`,
      cause: "Bristande behörighetsstyrning",
      event: "Information röjs eller blir otillgänglig",
      consequenceText: "Verksamheten kan inte utföra sitt uppdrag",
      analysisId: i % 3 === 0 ? rnd.pick(org.analyses) : null,
      assetIds: Array.from({ length: rnd.int(1, 3) }, () => rnd.pick(org.assets).id),
      identifiedAt: new Date(Math.floor((now.getTime() - rnd.int(1, 1100) * DAY) / DAY) * DAY),
      likelihood,
      consequence,
      ownerId: rnd.pick(org.owners),
      treatment,
      ...residual,
      acceptance: treatment === "accept" ? { motivation: "Kostnaden för åtgärder överstiger nyttan." } : null,
      status,
      reviewDueAt: new Date(now.getTime() + rnd.int(-200, 400) * DAY),
    } as const;
  });
  const created: { id: string; identifiedAt: Date }[] = [];
  for (let i = 0; i < inputs.length; i += 4) {
    const batch = await Promise.all(inputs.slice(i, i + 4).map((input) => createRisk(ciso, { ...input, assetIds: [...input.assetIds] })));
    batch.forEach((risk, k) => created.push({ id: risk.id, identifiedAt: inputs[i + k].identifiedAt }));
  }
  // Bulk SQL: the service stamps history "now"; move it to when the risk was last assessed and add
  // an earlier, higher assessment for half of the risks, so the trend has months to walk through.
  await db.$executeRaw`UPDATE "RiskLevelChange" c SET "changedAt" = r."identifiedAt" + (${now}::timestamp - r."identifiedAt") * 0.5
    FROM "Risk" r WHERE c."riskId" = r."id" AND r."organizationId" = ${ciso.organizationId}`;
  const rows = await db.risk.findMany({ where: { organizationId: ciso.organizationId }, select: { id: true, likelihood: true, consequence: true, identifiedAt: true } });
  await db.riskLevelChange.createMany({
    data: rows.filter((_, i) => i % 2 === 0).map((risk) => {
      const likelihood = Math.min(4, risk.likelihood + 1);
      return { organizationId: ciso.organizationId, riskId: risk.id, likelihood, consequence: risk.consequence, level: likelihood * risk.consequence, status: "open" as const, changedById: ciso.userId, changedAt: risk.identifiedAt };
    }),
  });
  return created;
}

async function maturity(ciso: Principal, now: Date): Promise<string[]> {
  const { createAssessment } = await import("../lib/maturity/service");
  const { PERSPECTIVE_KEYS } = await import("../lib/maturity/msb-model");
  const ids: string[] = [];
  for (let i = 0; i < 10; i++) {
    const created = await createAssessment(ciso, {
      title: `Mognadsdialog ${i + 1}`,
      heldAt: new Date(now.getTime() - (10 - i) * 180 * DAY),
      participants: ["Kommundirektör", "Informationssäkerhetssamordnare", "IT-chef"],
      facilitator: "Informationssäkerhetssamordnare",
      status: i < 8 ? "completed" : "draft",
      entries: PERSPECTIVE_KEYS.map((perspective, k) => ({ perspective, level: Math.min(4, 1 + Math.floor((i + k) / 4)), aspectNotes: {}, reasons: ["Arbetet är dokumenterat."], evidence: [] })),
      proposals: PERSPECTIVE_KEYS.slice(0, 3).map((perspective) => ({ perspective, what: `Förbättra ${perspective}`, horizon: "0-6" as const })),
    });
    ids.push(created.id);
  }
  return ids;
}

export async function seedOrganisation(now: Date): Promise<BenchOrg> {
  const rnd = random(20_260_101);
  const ciso = await benchOrganisation("storkommun", UNITS);
  const { admin, owner, users, owners } = await timed("30 användare, 20 verksamheter", () => people(ciso));
  const { db } = await import("../lib/db/client");
  const ownerEmails = (await db.user.findMany({ where: { id: { in: owners } }, select: { email: true }, orderBy: { email: "asc" } })).map((u) => u.email);
  const assetList = await timed("10 000 tillgångar (import)", () => assets(ciso, ownerEmails, rnd));
  const analysisIds = await timed("40 riskanalyser (tjänst)", () => analyses(ciso, assetList.map((a) => a.id), now, rnd));
  const riskList = await timed("2 000 risker (tjänst) + nivåhistorik", () => risks(ciso, { assets: assetList, analyses: analysisIds, owners }, now, rnd));
  const assessments = await timed("10 mognadsdialoger (tjänst)", () => maturity(ciso, now));
  const org: BenchOrg = { ciso, admin, owner, users, owners, assets: assetList, analyses: analysisIds, risks: riskList, assessments, incidents: [] };
  org.incidents = await timed("3 000 incidenter (createMany)", () => seedIncidents(org, now, rnd));
  await timed("8 000 åtgärder (createMany)", () => seedActions(org, now, rnd));
  // What autovacuum does to a live database after growth; without it the planner guesses from empty-table statistics.
  await db.$executeRawUnsafe("VACUUM ANALYZE");
  return org;
}
