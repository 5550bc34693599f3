import "server-only";
import { paged, pageArgs, type ListResult } from "../api/list";
import type { OptionsAnswer } from "../api/options";
import { assetOptions } from "../assets/options";
import type { AssetOption } from "../assets/schema";
import { authorize, can, scopeOf } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { db, type Prisma } from "../db/client";
import { startOfStockholmDay } from "../dates";
import { riskRecord } from "../risks/queries";
import { userNames } from "../users/names";
import { foreseenIncidentIds } from "./foreseen";
import { isOverdueObligation, obligationOverdueWhere, toObligationViews } from "./obligations";
import { isForeseen, STATUS_MOVES } from "./rules";
import type { AssetOptionsQuery, IncidentFilter, IncidentListQuery, IncidentStatus, IncidentView, PersonalDataAnswer } from "./schema";

/** What every incident read loads: links, obligations and the repeated incident's reference. */
export const incidentInclude = {
  assets: { select: { asset: { select: { id: true, name: true, ownerId: true } } } },
  risks: {
    select: {
      risk: {
        select: { id: true, organizationId: true, title: true, identifiedAt: true, sourceType: true, sourceId: true, ownerId: true, assets: { select: { asset: { select: { ownerId: true } } } } },
      },
    },
  },
  obligations: true,
  repeatOf: { select: { id: true, reference: true } },
} satisfies Prisma.IncidentInclude;

export type IncidentRow = Prisma.IncidentGetPayload<{ include: typeof incidentInclude }>;

/** Who counts as owning an incident: the reporter and the owners of the affected assets. */
export function incidentRecord(row: { organizationId: string; reporterId: string | null; assets: { asset: { ownerId: string | null } }[] }) {
  return { organizationId: row.organizationId, ownerIds: [row.reporterId, ...row.assets.map((link) => link.asset.ownerId)] };
}

/** The incidents a principal may read: all of the organisation, or those they own (see `incidentRecord`). */
export function incidentScope(principal: Principal): Prisma.IncidentWhereInput {
  authorize(principal, "incidents.read");
  const base = { organizationId: principal.organizationId };
  if (scopeOf(principal, "incidents.read") === "all") return base;
  return { ...base, OR: [{ reporterId: principal.userId }, { assets: { some: { asset: { ownerId: principal.userId } } } }] };
}

const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);
const nextDay = (day: string) => new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)) + 1)).toISOString().slice(0, 10);

/** A day in `from` starts at Swedish midnight; a day in `to` includes the whole day. */
export function occurredPeriod(from?: string, to?: string): Prisma.DateTimeFilter | undefined {
  if (!from && !to) return undefined;
  return {
    ...(from ? { gte: isDay(from) ? startOfStockholmDay(from) : new Date(from) } : {}),
    ...(to ? (isDay(to) ? { lt: startOfStockholmDay(nextDay(to)) } : { lte: new Date(to) }) : {}),
  };
}

/** The `where` for a list, trend or export: the role's scope (with the organisation) and the filters. */
export async function incidentWhere(principal: Principal, filter: IncidentFilter, now = new Date()): Promise<Prisma.IncidentWhereInput> {
  const and: Prisma.IncidentWhereInput[] = [incidentScope(principal)];
  if (filter.status) and.push({ status: filter.status });
  if (filter.open === true) and.push({ status: { not: "closed" } });
  if (filter.open === false) and.push({ status: "closed" });
  if (filter.severity) and.push({ severity: filter.severity });
  if (filter.category) and.push({ categories: { has: filter.category } });
  if (filter.assetId) and.push({ assets: { some: { assetId: filter.assetId } } });
  if (filter.orgUnitId) and.push({ assets: { some: { asset: { orgUnitId: filter.orgUnitId } } } });
  if (filter.reporterId) and.push({ reporterId: filter.reporterId });
  if (filter.handlerId) and.push({ handlerId: filter.handlerId });
  if (filter.obligationOverdue === true) and.push(obligationOverdueWhere(now));
  if (filter.obligationOverdue === false) and.push({ NOT: obligationOverdueWhere(now) });
  const period = occurredPeriod(filter.from, filter.to);
  if (period) and.push({ occurredAt: period });
  if (filter.q) {
    and.push({ OR: [{ reference: { contains: filter.q, mode: "insensitive" } }, { title: { contains: filter.q, mode: "insensitive" } }] });
  }
  if (filter.foreseen !== undefined) {
    const ids = await foreseenIncidentIds(db, principal.organizationId);
    and.push({ id: filter.foreseen ? { in: ids } : { notIn: ids } });
  }
  return { AND: and };
}

type LinkedRisk = IncidentRow["risks"][number]["risk"];

function toIncidentView(row: IncidentRow, names: Map<string, string>, mayReadRisk: (risk: LinkedRisk) => boolean, now: Date): IncidentView {
  const personalData = row.personalData as PersonalDataAnswer;
  const status = row.status as IncidentStatus;
  const risks = row.risks.map((link) => link.risk);
  const readable = risks.filter(mayReadRisk);
  const name = (id: string | null) => (id ? (names.get(id) ?? null) : null);
  return {
    id: row.id,
    reference: row.reference,
    title: row.title,
    description: row.description,
    occurredAt: row.occurredAt.toISOString(),
    occurredApproximate: row.occurredApproximate,
    detectedAt: row.detectedAt.toISOString(),
    reportedAt: row.reportedAt.toISOString(),
    reporterId: row.reporterId,
    reporterName: name(row.reporterId),
    contact: row.contact,
    categories: row.categories,
    assetIds: row.assets.map((link) => link.asset.id),
    assets: row.assets.map((link) => ({ id: link.asset.id, name: link.asset.name })).sort((a, b) => a.name.localeCompare(b.name, "sv")),
    impact: { confidentiality: row.impactConfidentiality, integrity: row.impactIntegrity, availability: row.impactAvailability, traceability: row.impactTraceability },
    severity: row.severity,
    personalData,
    handlerId: row.handlerId,
    handlerName: name(row.handlerId),
    status,
    nextStatuses: STATUS_MOVES[status],
    rootCause: row.rootCause,
    lessonsLearned: row.lessonsLearned,
    riskIds: readable.map((risk) => risk.id),
    risks: readable.map((risk) => ({ id: risk.id, title: risk.title, identifiedAt: risk.identifiedAt.toISOString().slice(0, 10) })),
    hiddenRiskCount: risks.length - readable.length,
    foreseen: isForeseen(row, risks),
    repeatOfId: row.repeatOfId,
    repeatOfReference: row.repeatOf?.reference ?? null,
    obligations: toObligationViews(row.obligations, personalData, names, now),
    obligationOverdue: row.obligations.some((o) => isOverdueObligation(o, now)),
    closedAt: row.closedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

/** Views for a page of rows, with reporter, handler and assessor names in one query. */
export async function toIncidentViews(rows: IncidentRow[], principal: Principal): Promise<IncidentView[]> {
  const names = await userNames(rows.flatMap((row) => [row.reporterId, row.handlerId, ...row.obligations.map((o) => o.assessedById)]));
  // Risk titles can describe weaknesses: a linked risk shows only to those who may read that risk.
  // A role without the risk register learns nothing of the links, not even their number.
  const noRisks = scopeOf(principal, "risks.read") === "none";
  const mayReadRisk = (risk: LinkedRisk) => !noRisks && can(principal, "risks.read", riskRecord(risk));
  const now = new Date();
  return rows.map((row) => {
    const view = toIncidentView(row, names, mayReadRisk, now);
    return noRisks ? { ...view, hiddenRiskCount: 0 } : view;
  });
}

export async function listIncidents(principal: Principal, query: IncidentListQuery): Promise<ListResult<IncidentView>> {
  const where = await incidentWhere(principal, query);
  const rows = db.incident.findMany({ where, include: incidentInclude, ...pageArgs(query, { occurredAt: "desc" }) });
  return paged(query, rows, db.incident.count({ where }), (page) => toIncidentViews(page, principal));
}

export async function getIncident(principal: Principal, id: string): Promise<IncidentView> {
  const row = await db.incident.findUnique({ where: { id }, include: incidentInclude });
  authorize(principal, "incidents.read", row ? incidentRecord(row) : null);
  return (await toIncidentViews([row!], principal))[0];
}

/** Asset search for the reporting form (kept for API clients): the asset picker's names. */
export function incidentAssetOptions(principal: Principal, query: AssetOptionsQuery): Promise<OptionsAnswer<AssetOption>> {
  authorize(principal, "incidents.report");
  return assetOptions(principal, { q: query.q || undefined, take: 20 });
}
