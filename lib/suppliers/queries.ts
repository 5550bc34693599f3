import "server-only";
import { paged, pageArgs, type ListResult } from "../api/list";
import { authorize, scopeOf, type RecordRef } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { contractContext, contractFacts, contractInclude, type ContractContext } from "../contracts/queries";
import { db, type Prisma, type Tx } from "../db/client";
import { userNames } from "../users/names";
import { isFollowUpOverdue, isInEea, nextFollowUpDue, supplierCriticality, type FollowUpIntervals } from "./rules";
import { readSupplierSettings } from "./settings";
import type { SupplierCategory, SupplierFilter, SupplierListQuery, SupplierStatus, SupplierView } from "./schema";

const ref = { select: { id: true, name: true } } as const;

/** The contracts come with their linked assets, so criticality and gaps follow the classification as it stands. */
export const supplierInclude = {
  parent: ref,
  subcontractors: { ...ref, orderBy: { name: "asc" } },
  contracts: { include: { assets: contractInclude.assets, requirements: contractInclude.requirements } },
} as const;
export type SupplierRow = Prisma.SupplierGetPayload<{ include: typeof supplierInclude }>;

/** For `authorize`: the owners of the assets its contracts touch count as owning the supplier. */
export function supplierRecord(row: { organizationId: string; contracts: { assets: { asset: { ownerId: string | null } }[] }[] } | null): RecordRef | null {
  return row && { organizationId: row.organizationId, ownerIds: row.contracts.flatMap((contract) => contract.assets.map((link) => link.asset.ownerId)) };
}

/** The last follow-up per supplier, in one query for a page of suppliers. */
export async function lastFollowUps(client: Tx | typeof db, organizationId: string, supplierIds: string[]): Promise<Map<string, Date>> {
  if (supplierIds.length === 0) return new Map();
  const groups = await client.supplierFollowUp.groupBy({ by: ["supplierId"], where: { organizationId, supplierId: { in: supplierIds } }, _max: { performedAt: true } });
  return new Map(groups.flatMap((group) => (group._max.performedAt ? [[group.supplierId, group._max.performedAt] as const] : [])));
}

const day = (value: Date | null | undefined) => value?.toISOString().slice(0, 10) ?? null;

interface ViewContext {
  contracts: ContractContext;
  intervals: FollowUpIntervals;
  names: Map<string, string>;
  last: Map<string, Date>;
  now: Date;
}

/** Criticality and next follow-up, as the views, the indicators and the reminders see them. */
export function supplierFacts(row: SupplierRow, contracts: ContractContext, last: Date | null, now: Date, intervals?: FollowUpIntervals) {
  const facts = row.contracts.map((contract) => ({ status: contract.status, ...contractFacts(contract, row.country, contracts) }));
  const criticality = supplierCriticality(row.criticalityOverride, facts.filter((fact) => fact.status === "active").map((fact) => fact.requiredLevel));
  const next = nextFollowUpDue({ criticality, lastFollowUpAt: last, createdAt: row.createdAt, status: row.status, intervals });
  return { criticality, next, overdue: isFollowUpOverdue(next, now), gaps: [...new Set(facts.flatMap((fact) => fact.gaps))] };
}

export function toSupplierView(row: SupplierRow, context: ViewContext): SupplierView {
  const last = context.last.get(row.id) ?? null;
  const facts = supplierFacts(row, context.contracts, last, context.now, context.intervals);
  return {
    id: row.id,
    name: row.name,
    orgNumber: row.orgNumber,
    country: row.country,
    inEea: isInEea(row.country),
    category: row.category as SupplierCategory,
    contactName: row.contactName,
    contactEmail: row.contactEmail,
    contactPhone: row.contactPhone,
    ownerId: row.ownerId,
    ownerName: row.ownerId ? (context.names.get(row.ownerId) ?? null) : null,
    status: row.status as SupplierStatus,
    certifications: (row.certifications as { standard: string; validUntil?: string | null }[]).map((item) => ({ standard: item.standard, validUntil: item.validUntil?.slice(0, 10) ?? null })),
    parentSupplier: row.parent,
    subcontractors: row.subcontractors,
    notes: row.notes,
    criticality: facts.criticality,
    criticalityOverride: row.criticalityOverride,
    criticalityMotivation: row.criticalityMotivation,
    lastFollowUpAt: day(last),
    nextFollowUpDueAt: day(facts.next),
    followUpOverdue: facts.overdue,
    contractCount: row.contracts.length,
    gaps: facts.gaps,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

/** Views for rows of one organisation: catalogue, names and last follow-ups fetched once per page. */
export async function toSupplierViews(rows: SupplierRow[], organizationId: string): Promise<SupplierView[]> {
  const [contracts, names, last, settings] = await Promise.all([
    contractContext(db, organizationId),
    userNames(rows.map((row) => row.ownerId)),
    lastFollowUps(db, organizationId, rows.map((row) => row.id)),
    readSupplierSettings(db, organizationId),
  ]);
  const now = new Date();
  return rows.map((row) => toSupplierView(row, { contracts, intervals: settings.followUpIntervals, names, last, now }));
}

/** The suppliers a principal may read: all, or those with a contract touching an asset they own. */
export function supplierScope(principal: Principal): Prisma.SupplierWhereInput {
  authorize(principal, "suppliers.read");
  const base = { organizationId: principal.organizationId };
  if (scopeOf(principal, "suppliers.read") === "all") return base;
  return { ...base, contracts: { some: { assets: { some: { asset: { ownerId: principal.userId } } } } } };
}

/**
 * Suppliers by derived criticality or overdue follow-up, in one query: the same rules as
 * supplierFacts (override, else the highest level of the active contracts' assets; last follow-up
 * or registration plus the interval) in SQL, so the list can filter and page on them.
 */
async function supplierIdsByFacts(organizationId: string, filter: { criticality?: number; followUpOverdue?: boolean }, now: Date): Promise<string[]> {
  const { followUpIntervals: months } = await readSupplierSettings(db, organizationId);
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH facts AS (
      SELECT s."id", s."status", s."createdAt",
        COALESCE(s."criticalityOverride", (SELECT MAX(a."protectionLevel") FROM "Contract" c
          JOIN "ContractAsset" ca ON ca."contractId" = c."id" JOIN "Asset" a ON a."id" = ca."assetId"
          WHERE c."supplierId" = s."id" AND c."status" = 'active')) AS level,
        (SELECT MAX(f."performedAt") FROM "SupplierFollowUp" f WHERE f."supplierId" = s."id") AS last
      FROM "Supplier" s WHERE s."organizationId" = ${organizationId})
    SELECT "id" FROM facts WHERE
      (${filter.criticality ?? null}::int IS NULL OR level = ${filter.criticality ?? null}::int)
      AND (${filter.followUpOverdue !== true} OR ("status" <> 'ended' AND level >= 2 AND
        (CASE WHEN last IS NULL THEN "createdAt" ELSE last + make_interval(months => CASE WHEN level >= 3 THEN ${months.high}::int ELSE ${months.medium}::int END) END)
          < ${now.toISOString()}::timestamp))`;
  return rows.map((row) => row.id);
}

export async function supplierWhere(principal: Principal, filter: SupplierFilter, now = new Date()): Promise<Prisma.SupplierWhereInput> {
  const and: Prisma.SupplierWhereInput[] = [supplierScope(principal)];
  if (filter.criticality !== undefined || filter.followUpOverdue) {
    and.push({ id: { in: await supplierIdsByFacts(principal.organizationId, filter, now) } });
  }
  if (filter.status) and.push({ status: filter.status });
  if (filter.category) and.push({ category: filter.category });
  if (filter.ownerId) and.push({ ownerId: filter.ownerId });
  if (filter.q) {
    const contains = { contains: filter.q, mode: "insensitive" as const };
    and.push({ OR: [{ name: contains }, { orgNumber: contains }, { contactName: contains }] });
  }
  return { AND: and };
}

export async function listSuppliers(principal: Principal, query: SupplierListQuery): Promise<ListResult<SupplierView>> {
  const where = await supplierWhere(principal, query);
  const rows = db.supplier.findMany({ where, include: supplierInclude, ...pageArgs(query, { name: "asc" }) });
  return paged(query, rows, db.supplier.count({ where }), (page) => toSupplierViews(page, principal.organizationId));
}

export async function getSupplier(principal: Principal, id: string): Promise<SupplierView> {
  const row = await db.supplier.findUnique({ where: { id }, include: supplierInclude });
  authorize(principal, "suppliers.read", supplierRecord(row));
  return (await toSupplierViews([row!], row!.organizationId))[0];
}

/** Suppliers for a picker: names only. */
export async function supplierOptions(principal: Principal, q: string | undefined, take: number) {
  const items = await db.supplier.findMany({ where: await supplierWhere(principal, { q }), select: { id: true, name: true }, orderBy: [{ name: "asc" }, { id: "asc" }], take });
  return { items };
}

/** One supplier as a picker's preselected option, or none when it is not the reader's to see. */
export async function supplierOptionById(principal: Principal, id: string | undefined): Promise<{ id: string; name: string } | undefined> {
  if (!id || !/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  return (await db.supplier.findFirst({ where: { AND: [supplierScope(principal), { id }] }, select: { id: true, name: true } })) ?? undefined;
}
