import "server-only";
import { overdueWhere } from "../actions/rules";
import { paged, pageArgs, type ListResult } from "../api/list";
import { authorize, scopeOf, type RecordRef } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { db, type Prisma, type Tx } from "../db/client";
import { userNames } from "../users/names";
import { bandFor, bandOrNull, bandRange, isOnBehalf, isReviewOverdue } from "./rules";
import type { RiskFilter, RiskLevelChangeView, RiskListQuery, RiskSourceType, RiskStatus, RiskTreatment, RiskView } from "./schema";
import { readRiskSettings } from "./settings";
import type { RiskBands } from "./settings-schema";

/** Linked assets with their owners: information owners see the risks of the assets they own. */
export const riskInclude = { assets: { select: { assetId: true, asset: { select: { ownerId: true } } } } } as const;
export type RiskRow = Prisma.RiskGetPayload<{ include: typeof riskInclude }>;

/** For `authorize`: the risk owner and the owners of the linked assets count as owning the risk. */
export function riskRecord(row: Pick<RiskRow, "organizationId" | "ownerId"> & { assets: { asset: { ownerId: string | null } }[] } | null): RecordRef | null {
  if (!row) return null;
  return { organizationId: row.organizationId, ownerIds: [row.ownerId, ...row.assets.map((link) => link.asset.ownerId)] };
}

interface ViewContext {
  bands: RiskBands;
  names: Map<string, string>;
  overdue: Map<string, number>;
  now: Date;
}

export function toRiskView(row: RiskRow, context: ViewContext): RiskView {
  const { bands, names, overdue, now } = context;
  const status = row.status as RiskStatus;
  const hasAcceptance = row.acceptanceDecidedById || row.acceptanceDecidedAt || row.acceptanceMotivation;
  return {
    id: row.id,
    title: row.title,
    cause: row.cause,
    event: row.event,
    consequenceText: row.consequenceText,
    analysisId: row.analysisId,
    assetIds: row.assets.map((link) => link.assetId),
    identifiedAt: row.identifiedAt.toISOString().slice(0, 10),
    likelihood: row.likelihood,
    consequence: row.consequence,
    level: row.level,
    band: bandFor(row.level, bands),
    ownerId: row.ownerId,
    ownerName: row.ownerId ? (names.get(row.ownerId) ?? null) : null,
    treatment: row.treatment as RiskTreatment | null,
    residualLikelihood: row.residualLikelihood,
    residualConsequence: row.residualConsequence,
    residualLevel: row.residualLevel,
    residualBand: bandOrNull(row.residualLevel, bands),
    acceptance: hasAcceptance
      ? {
          decidedById: row.acceptanceDecidedById,
          decidedByName: row.acceptanceDecidedById ? (names.get(row.acceptanceDecidedById) ?? null) : null,
          decidedAt: row.acceptanceDecidedAt?.toISOString() ?? null,
          motivation: row.acceptanceMotivation,
          recordedById: row.acceptanceRecordedById,
          recordedByName: row.acceptanceRecordedById ? (names.get(row.acceptanceRecordedById) ?? null) : null,
          recordedOnBehalf: isOnBehalf({ decidedById: row.acceptanceDecidedById, recordedById: row.acceptanceRecordedById }),
          pendingConfirmation: status === "acceptance_proposed",
          confirmedAt: row.acceptanceConfirmedAt?.toISOString() ?? null,
        }
      : null,
    status,
    reviewDueAt: row.reviewDueAt?.toISOString() ?? null,
    reviewOverdue: isReviewOverdue(row.reviewDueAt, status, now),
    actionsOverdue: overdue.get(row.id) ?? 0,
    source: row.sourceType && row.sourceId ? { type: row.sourceType as RiskSourceType, id: row.sourceId } : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

/** Overdue treatment actions per risk, in one query for a page of risks. */
export async function overdueActionCounts(client: Tx | typeof db, organizationId: string, riskIds: string[], now = new Date()): Promise<Map<string, number>> {
  if (riskIds.length === 0) return new Map();
  const groups = await client.action.groupBy({
    by: ["sourceId"],
    where: { organizationId, sourceType: "risk", sourceId: { in: riskIds }, ...overdueWhere(now) },
    _count: { _all: true },
  });
  return new Map(groups.map((group) => [group.sourceId ?? "", group._count._all]));
}

/** Views for rows of one organisation: names and overdue actions fetched once for all rows. */
export async function toRiskViews(rows: RiskRow[], organizationId: string, bands?: RiskBands): Promise<RiskView[]> {
  const now = new Date();
  const [settingsBands, names, overdue] = await Promise.all([
    bands ?? readRiskSettings(db, organizationId).then((settings) => settings.bands),
    userNames(rows.flatMap((row) => [row.ownerId, row.acceptanceDecidedById, row.acceptanceRecordedById])),
    overdueActionCounts(db, organizationId, rows.map((row) => row.id), now),
  ]);
  return rows.map((row) => toRiskView(row, { bands: settingsBands, names, overdue, now }));
}

/** The risks a principal may read: all of the organisation, or those they own (risk or asset). */
export function riskScope(principal: Principal): Prisma.RiskWhereInput {
  authorize(principal, "risks.read");
  const base = { organizationId: principal.organizationId };
  if (scopeOf(principal, "risks.read") === "all") return base;
  return { ...base, OR: [{ ownerId: principal.userId }, { assets: { some: { asset: { ownerId: principal.userId } } } }] };
}

/** Prisma `where` from the shared filters (list, heat map, trend, export). */
export function riskWhere(principal: Principal, filter: RiskFilter, bands: RiskBands, now = new Date()): Prisma.RiskWhereInput {
  const and: Prisma.RiskWhereInput[] = [riskScope(principal)];
  if (filter.band) and.push({ level: bandRange(filter.band, bands) });
  if (filter.residualBand) and.push({ residualLevel: bandRange(filter.residualBand, bands) });
  if (filter.status) and.push({ status: filter.status });
  if (filter.ownerId) and.push({ ownerId: filter.ownerId });
  if (filter.assetId) and.push({ assets: { some: { assetId: filter.assetId } } });
  if (filter.analysisId) and.push({ analysisId: filter.analysisId });
  if (filter.treatment) and.push({ treatment: filter.treatment === "none" ? null : filter.treatment });
  if (filter.reviewOverdue) and.push({ reviewDueAt: { lt: now }, status: { not: "closed" } });
  if (filter.likelihood) and.push({ likelihood: filter.likelihood });
  if (filter.consequence) and.push({ consequence: filter.consequence });
  if (filter.residualLikelihood) and.push({ residualLikelihood: filter.residualLikelihood });
  if (filter.residualConsequence) and.push({ residualConsequence: filter.residualConsequence });
  if (filter.source) and.push({ sourceType: filter.source });
  if (filter.q) {
    const contains = { contains: filter.q, mode: "insensitive" as const };
    and.push({ OR: [{ title: contains }, { cause: contains }, { event: contains }, { consequenceText: contains }] });
  }
  return { AND: and };
}

export async function listRisks(principal: Principal, query: RiskListQuery): Promise<ListResult<RiskView>> {
  const { bands } = await readRiskSettings(db, principal.organizationId);
  const where = riskWhere(principal, query, bands);
  const rows = db.risk.findMany({ where, include: riskInclude, ...pageArgs(query, { level: "desc" }) });
  return paged(query, rows, db.risk.count({ where }), (page) => toRiskViews(page, principal.organizationId, bands));
}

export async function getRisk(principal: Principal, id: string): Promise<RiskView> {
  const row = await db.risk.findUnique({ where: { id }, include: riskInclude });
  authorize(principal, "risks.read", riskRecord(row));
  return (await toRiskViews([row!], row!.organizationId))[0];
}

/** Every recorded level of a risk, newest first. */
export async function riskHistory(principal: Principal, id: string): Promise<{ items: RiskLevelChangeView[] }> {
  const row = await db.risk.findUnique({ where: { id }, include: riskInclude });
  authorize(principal, "risks.read", riskRecord(row));
  const [changes, { bands }] = await Promise.all([
    db.riskLevelChange.findMany({ where: { organizationId: principal.organizationId, riskId: id }, orderBy: [{ changedAt: "desc" }, { id: "asc" }] }),
    readRiskSettings(db, principal.organizationId),
  ]);
  const names = await userNames(changes.map((change) => change.changedById));
  return {
    items: changes.map((change) => ({
      id: change.id,
      likelihood: change.likelihood,
      consequence: change.consequence,
      level: change.level,
      band: bandFor(change.level, bands),
      residualLikelihood: change.residualLikelihood,
      residualConsequence: change.residualConsequence,
      residualLevel: change.residualLevel,
      residualBand: bandOrNull(change.residualLevel, bands),
      status: change.status as RiskStatus,
      changedById: change.changedById,
      changedByName: change.changedById ? (names.get(change.changedById) ?? null) : null,
      changedAt: change.changedAt.toISOString(),
    })),
  };
}
