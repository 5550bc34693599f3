import "server-only";
import { paged, pageArgs, type ListResult } from "../api/list";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { db, type Prisma } from "../db/client";
import { supplierRecord, supplierScope } from "./queries";
import type { FollowUpListQuery, FollowUpMethod, FollowUpResult, FollowUpView } from "./schema";

/** The supplier with its contracts' asset owners: who may read the follow-up. */
export const followUpInclude = {
  supplier: { select: { name: true, organizationId: true, contracts: { select: { assets: { select: { asset: { select: { ownerId: true } } } } } } } },
} as const;
export type FollowUpRow = Prisma.SupplierFollowUpGetPayload<{ include: typeof followUpInclude }>;

export const followUpRecord = (row: FollowUpRow | null) => row && supplierRecord(row.supplier);

export function toFollowUpView(row: FollowUpRow): FollowUpView {
  return {
    id: row.id,
    supplierId: row.supplierId,
    supplierName: row.supplier.name,
    contractId: row.contractId,
    performedAt: row.performedAt.toISOString().slice(0, 10),
    method: row.method as FollowUpMethod,
    result: row.result as FollowUpResult,
    summary: row.summary,
    remarkActionIds: row.remarkActionIds,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

export async function listFollowUps(principal: Principal, query: FollowUpListQuery): Promise<ListResult<FollowUpView>> {
  const where: Prisma.SupplierFollowUpWhereInput = {
    organizationId: principal.organizationId,
    supplier: supplierScope(principal),
    ...(query.supplierId ? { supplierId: query.supplierId } : {}),
    ...(query.contractId ? { contractId: query.contractId } : {}),
    ...(query.q ? { summary: { contains: query.q, mode: "insensitive" as const } } : {}),
  };
  const rows = db.supplierFollowUp.findMany({ where, include: followUpInclude, ...pageArgs(query, { performedAt: "desc" }) });
  return paged(query, rows, db.supplierFollowUp.count({ where }), (page) => page.map(toFollowUpView));
}

export async function getFollowUp(principal: Principal, id: string): Promise<FollowUpView> {
  const row = await db.supplierFollowUp.findUnique({ where: { id }, include: followUpInclude });
  authorize(principal, "suppliers.read", followUpRecord(row));
  return toFollowUpView(row!);
}
