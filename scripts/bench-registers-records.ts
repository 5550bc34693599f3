// Incidents and actions of the benchmark organisation. Both are written with createMany: the services
// stamp "now" on reports, closures and completions, so two years of history cannot go through them, and
// 11 000 audited single-record transactions would take minutes without telling anything about reads.
// Obligations are still computed by the register's own rule (requiredObligations).
import { randomUUID } from "node:crypto";
import { DAY, type Random } from "./bench-support";
import type { BenchOrg } from "./bench-registers-seed";

const HOUR = 3_600_000;
const ACTION_STATUS_MIX = [...Array(11).fill("done"), "cancelled", ...Array(3).fill("in_progress"), ...Array(5).fill("planned")] as ("done" | "cancelled" | "in_progress" | "planned")[];

async function inChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) await insert(rows.slice(i, i + 1000));
}

const earliest = (...dates: Date[]) => new Date(Math.min(...dates.map((date) => date.getTime())));

/** 3 000 incidents over two years, oldest first: categories, assets, risks, obligations, repeats. */
export async function seedIncidents(org: BenchOrg, now: Date, rnd: Random): Promise<string[]> {
  const { db } = await import("../lib/db/client");
  const { incidentSettings } = await import("../lib/incidents/settings");
  const { requiredObligations } = await import("../lib/incidents/obligations");
  const { stockholmYear } = await import("../lib/dates");
  const { incidentReference } = await import("../lib/incidents/rules");
  const organizationId = org.ciso.organizationId;
  // A municipality covered by the cybersäkerhetslag: significant incidents owe CERT-SE reports too.
  const { version, ...current } = await incidentSettings.read(organizationId);
  const settings = await incidentSettings.write(org.admin, { ...current, nis2Covered: true }, version);
  const codes = settings.categories.map((category) => category.code);
  const sequences = new Map<number, number>();
  const incidents: import("../lib/db/client").Prisma.IncidentCreateManyInput[] = [];
  const assets: { incidentId: string; assetId: string }[] = [];
  const risks: { incidentId: string; riskId: string }[] = [];
  const obligations = [];
  const COUNT = 3000;
  for (let i = 0; i < COUNT; i++) {
    const id = randomUUID();
    const occurredAt = new Date(now.getTime() - ((COUNT - 1 - i) / COUNT) * 730 * DAY - rnd.int(1, 12) * HOUR);
    const detectedAt = earliest(new Date(occurredAt.getTime() + rnd.int(0, 48) * HOUR), now);
    const reportedAt = earliest(new Date(detectedAt.getTime() + rnd.int(0, 6) * HOUR), now);
    const age = (now.getTime() - occurredAt.getTime()) / DAY;
    const status = age > 60 ? (rnd.chance(0.93) ? "closed" : "resolved") : rnd.pick(["reported", "triaged", "investigating", "resolved", "closed"] as const);
    const severity = status === "reported" ? null : rnd.pick([1, 1, 1, 1, 2, 2, 2, 3, 3, 4]);
    const personalData = rnd.pick(["yes", "no", "no", "no", "unknown"] as const);
    const closed = status === "closed";
    const year = stockholmYear(reportedAt);
    sequences.set(year, (sequences.get(year) ?? 0) + 1);
    incidents.push({
      id,
      organizationId,
      reference: incidentReference(year, sequences.get(year)!),
      title: `Incident ${i + 1}: störning i verksamhetssystem`,
      description: "Genererad incident för prestandamätning.",
      occurredAt,
      detectedAt,
      reportedAt,
      reporterId: rnd.pick(org.users),
      categories: rnd.chance(0.1) ? [] : [...new Set([rnd.pick(codes), ...(rnd.chance(0.3) ? [rnd.pick(codes)] : [])])],
      impactConfidentiality: rnd.chance(0.3),
      impactIntegrity: rnd.chance(0.2),
      impactAvailability: rnd.chance(0.5),
      severity,
      personalData,
      handlerId: status === "reported" ? null : rnd.pick([org.ciso.userId, org.admin.userId]),
      status,
      rootCause: closed && rnd.chance(0.7) ? "Bristande rutin vid ändringshantering." : null,
      repeatOfId: i > 100 && rnd.chance(0.05) ? incidents[rnd.int(0, i - 1)].id! : null,
      closedAt: closed ? earliest(new Date(reportedAt.getTime() + rnd.int(1, 60) * DAY), now) : null,
      createdAt: reportedAt,
    });
    for (const assetId of new Set([rnd.pick(org.assets).id, ...(rnd.chance(0.4) ? [rnd.pick(org.assets).id] : [])])) assets.push({ incidentId: id, assetId });
    if (rnd.chance(0.3)) risks.push({ incidentId: id, riskId: rnd.pick(org.risks).id });
    const facts = { detectedAt, personalData, severity };
    const reported = (dueAt: Date) => {
      if (closed ? rnd.chance(0.1) : rnd.chance(0.5)) return closed ? earliest(new Date(dueAt.getTime() + 5 * HOUR), now) : null;
      return earliest(new Date(dueAt.getTime() - HOUR), now);
    };
    const first = requiredObligations(settings, facts).map((o) => ({ ...o, reportedAt: reported(o.dueAt), reference: null }));
    // The NIS2 final report is due a month after the notification was actually made.
    for (const o of requiredObligations(settings, facts, first)) {
      obligations.push({ incidentId: id, kind: o.kind, dueAt: o.dueAt, reportedAt: first.find((f) => f.kind === o.kind)!.reportedAt });
    }
  }
  await inChunks(incidents, (data) => db.incident.createMany({ data }));
  await inChunks(assets, (data) => db.incidentAsset.createMany({ data, skipDuplicates: true }));
  await inChunks(risks, (data) => db.incidentRisk.createMany({ data }));
  await inChunks(obligations, (data) => db.incidentObligation.createMany({ data }));
  await db.sequence.createMany({ data: [...sequences].map(([year, value]) => ({ organizationId, key: `incident-${year}`, value })) });
  return incidents.map((incident) => incident.id!);
}

/** 8 000 actions from every source, a fifth or so overdue. */
export async function seedActions(org: BenchOrg, now: Date, rnd: Random): Promise<void> {
  const { db } = await import("../lib/db/client");
  const other = () => randomUUID();
  const sources: [string, number, () => string][] = [
    ["risk", 3500, () => rnd.pick(org.risks).id],
    ["incident", 2000, () => rnd.pick(org.incidents)],
    ["asset", 800, () => rnd.pick(org.assets).id],
    ["risk_analysis", 300, () => rnd.pick(org.analyses)],
    ["maturity", 200, () => rnd.pick(org.assessments)],
    ["audit", 400, other],
    ["finding", 400, other],
    ["supplier", 200, other],
    ["training", 200, other],
  ];
  const rows = sources.flatMap(([sourceType, count, sourceId]) =>
    Array.from({ length: count }, (_, i) => {
      const dueAt = rnd.chance(0.05) ? null : new Date(now.getTime() + rnd.int(-400, 300) * DAY);
      const createdAt = new Date((dueAt ?? now).getTime() - rnd.int(30, 120) * DAY);
      // Of 20: 11 done, 1 cancelled, 3 in progress, 5 planned.
      const status = rnd.pick(ACTION_STATUS_MIX);
      const completedAt = status === "done" ? earliest(new Date((dueAt ?? createdAt).getTime() + rnd.int(-30, 20) * DAY), now) : null;
      return {
        organizationId: org.ciso.organizationId,
        title: `Åtgärd ${sourceType} ${i + 1}`,
        ownerId: rnd.chance(0.1) ? null : rnd.pick(org.users),
        dueAt,
        status,
        completedAt,
        sourceType,
        sourceId: sourceId(),
        createdById: org.ciso.userId,
        createdAt,
      };
    }),
  );
  await inChunks(rows, (data) => db.action.createMany({ data }));
}
