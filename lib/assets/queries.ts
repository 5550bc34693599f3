import "server-only";
import { paged, pageArgs, type ListResult } from "../api/list";
import { authorize, scopeOf } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import type { ClassificationModel } from "../classification/schema";
import { readClassificationModel } from "../classification/service";
import { db, type Prisma, type Tx } from "../db/client";
import { userNames } from "../users/names";
import { aspectLevels, isReviewOverdue, protectionBelowRequired, requiredProtectionLevel, securityProtectionFlag } from "./rules";
import type { AssetDetailView, AssetFilters, AssetKind, AssetListQuery, AssetRef, AssetView, Motivations } from "./schema";

const refSelect = { id: true, name: true, kind: true, protectionLevel: true } as const;
export const assetInclude = {
  orgUnit: { select: { name: true } },
  holds: { select: { held: { select: refSelect } } },
} as const;
const detailInclude = { ...assetInclude, heldBy: { select: { holder: { select: refSelect } } } } as const;

export type AssetRow = Prisma.AssetGetPayload<{ include: typeof assetInclude }>;
type AssetDetailRow = Prisma.AssetGetPayload<{ include: typeof detailInclude }>;

const toRef = (row: { id: string; name: string; kind: string; protectionLevel: number | null }): AssetRef => ({ ...row, kind: row.kind as AssetKind });

export function toAssetView(row: AssetRow, model: ClassificationModel, names: Map<string, string>, now = new Date()): AssetView {
  const required = requiredProtectionLevel(row.holds.map((link) => link.held.protectionLevel));
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    orgUnitId: row.orgUnitId,
    orgUnitName: row.orgUnit.name,
    ownerId: row.ownerId,
    ownerName: row.ownerId ? (names.get(row.ownerId) ?? null) : null,
    kind: row.kind as AssetKind,
    confidentiality: row.confidentiality,
    integrity: row.integrity,
    availability: row.availability,
    traceability: row.traceability,
    protectionLevel: row.protectionLevel,
    classified: row.classified,
    classifiedAt: row.classifiedAt?.toISOString() ?? null,
    classifiedById: row.classifiedById,
    classifiedByName: row.classifiedById ? (names.get(row.classifiedById) ?? null) : null,
    reviewDueAt: row.reviewDueAt?.toISOString() ?? null,
    reviewOverdue: isReviewOverdue(row.reviewDueAt, now),
    securityProtectionFlag: securityProtectionFlag(aspectLevels(row), model),
    personalData: row.personalData,
    sensitivePersonalData: row.sensitivePersonalData,
    legalRequirements: row.legalRequirements,
    holdsIds: row.holds.map((link) => link.held.id),
    requiredProtectionLevel: required,
    protectionBelowRequired: protectionBelowRequired(row.protectionLevel, required),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

/** Views for a page of assets: owner and classifier names in one query. */
export async function toAssetViews(rows: AssetRow[], model: ClassificationModel): Promise<AssetView[]> {
  const names = await userNames(rows.flatMap((row) => [row.ownerId, row.classifiedById]));
  const now = new Date();
  return rows.map((row) => toAssetView(row, model, names, now));
}

/** The assets a principal may read: all of the organisation, or (a role granted "own") those they own. */
export function assetScope(principal: Principal): Prisma.AssetWhereInput {
  authorize(principal, "assets.read");
  const base = { organizationId: principal.organizationId };
  return scopeOf(principal, "assets.read") === "all" ? base : { ...base, ownerId: principal.userId };
}

/** Prisma `where` for the list filters, within what the principal may read. */
export function assetWhere(principal: Principal, filters: Partial<AssetFilters>, now = new Date()): Prisma.AssetWhereInput {
  return {
    AND: [assetScope(principal)],
    ...(filters.orgUnitId ? { orgUnitId: filters.orgUnitId } : {}),
    ...(filters.ownerId ? { ownerId: filters.ownerId } : {}),
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.classified !== undefined ? { classified: filters.classified } : {}),
    ...(filters.protectionLevel !== undefined ? { protectionLevel: filters.protectionLevel } : {}),
    ...(filters.reviewOverdue === true ? { reviewDueAt: { lt: now } } : {}),
    ...(filters.reviewOverdue === false ? { OR: [{ reviewDueAt: null }, { reviewDueAt: { gte: now } }] } : {}),
    ...(filters.hasOwner !== undefined ? { ownerId: filters.hasOwner ? { not: null } : null } : {}),
    ...(filters.q ? { name: { contains: filters.q, mode: "insensitive" as const } } : {}),
  };
}

/** Unclassified assets sort last whichever way the protection level or due date is sorted. */
export function assetOrderBy(sort: string | undefined): Prisma.AssetOrderByWithRelationInput[] {
  const [field, direction = "asc"] = sort?.split(":") ?? ["name", "asc"];
  const dir = direction as "asc" | "desc";
  const primary = field === "protectionLevel" || field === "reviewDueAt" ? { [field]: { sort: dir, nulls: "last" as const } } : { [field]: dir };
  return [primary, { id: "asc" }];
}

export async function listAssets(principal: Principal, query: AssetListQuery): Promise<ListResult<AssetView>> {
  const where = assetWhere(principal, query);
  const model = readClassificationModel(db, principal.organizationId);
  const { skip, take } = pageArgs(query, {});
  const rows = db.asset.findMany({ where, include: assetInclude, orderBy: assetOrderBy(query.sort), skip, take });
  return paged(query, rows, db.asset.count({ where }), async (page) => toAssetViews(page, await model));
}

export async function loadAssetDetail(client: Tx | typeof db, id: string): Promise<AssetDetailRow | null> {
  return client.asset.findUnique({ where: { id }, include: detailInclude });
}

export async function toAssetDetail(row: AssetDetailRow, model: ClassificationModel): Promise<AssetDetailView> {
  const [view] = await toAssetViews([row], model);
  const latest = await db.assetClassification.findFirst({
    where: { assetId: row.id, kind: "classified" },
    orderBy: { classifiedAt: "desc" },
    select: { motivations: true },
  });
  return {
    ...view,
    holds: row.holds.map((link) => toRef(link.held)),
    heldBy: row.heldBy.map((link) => toRef(link.holder)),
    motivations: (latest?.motivations ?? {}) as Motivations,
  };
}

export async function getAsset(principal: Principal, id: string): Promise<AssetDetailView> {
  const row = await loadAssetDetail(db, id);
  authorize(principal, "assets.read", row);
  return toAssetDetail(row!, await readClassificationModel(db, principal.organizationId));
}

/** The asset as a record for `authorize`: its owner counts as owning it. */
export const assetRecord = (row: { organizationId: string; ownerId: string | null }) => ({ organizationId: row.organizationId, ownerIds: [row.ownerId] });
