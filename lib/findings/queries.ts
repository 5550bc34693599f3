import "server-only";
import { paged, pageArgs, type ListResult } from "../api/list";
import { ownedUnitIds } from "../audits/queries";
import { authorize, scopeOf } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { db, type Prisma } from "../db/client";
import { forbidden, notFound } from "../errors";
import { userNames } from "../users/names";
import { isFindingOverdue, overdueFindingWhere } from "./rules";
import { NONCONFORMITIES, type FindingFilter, type FindingListQuery, type FindingStatus, type FindingType, type FindingView } from "./schema";

export const findingInclude = { audit: { select: { title: true } } } as const;
export type FindingRow = Prisma.FindingGetPayload<{ include: typeof findingInclude }>;

/**
 * The findings a principal may read: all of the organisation, or those they answer for and
 * (information owner) those of the org units where they own assets, directly or through the audit.
 */
export async function findingScope(principal: Principal): Promise<Prisma.FindingWhereInput> {
  const base = { organizationId: principal.organizationId };
  const scope = scopeOf(principal, "audits.read");
  if (scope === "all") return base;
  if (scope === "none") throw forbidden();
  const units = principal.role === "information_owner" ? await ownedUnitIds(principal) : [];
  return {
    ...base,
    OR: [{ responsibleId: principal.userId }, ...(units.length ? [{ orgUnitId: { in: units } }, { audit: { orgUnitIds: { hasSome: units } } }] : [])],
  };
}

export async function findingWhere(principal: Principal, filter: FindingFilter, now = new Date()): Promise<Prisma.FindingWhereInput> {
  return {
    AND: [
      await findingScope(principal),
      {
        ...(filter.type ? { type: filter.type } : {}),
        ...(filter.status ? { status: filter.status } : {}),
        ...(filter.auditId ? { auditId: filter.auditId } : {}),
        ...(filter.orgUnitId ? { orgUnitId: filter.orgUnitId } : {}),
        ...(filter.responsibleId ? { responsibleId: filter.responsibleId } : {}),
        ...(filter.q ? { title: { contains: filter.q, mode: "insensitive" as const } } : {}),
      },
      filter.overdue === true ? overdueFindingWhere(now) : {},
      filter.escalated === true ? { escalatedAt: { not: null }, status: { not: "closed" as const } } : {},
      filter.unverified === true ? { type: { in: [...NONCONFORMITIES] }, status: "implemented" as const } : {},
    ],
  };
}

export async function toFindingViews(rows: FindingRow[], now = new Date()): Promise<FindingView[]> {
  const names = await userNames(rows.flatMap((row) => [row.responsibleId, row.verifiedById, row.escalatedToId]));
  const unitIds = [...new Set(rows.map((row) => row.orgUnitId).filter((id): id is string => !!id))];
  const units = unitIds.length ? await db.orgUnit.findMany({ where: { id: { in: unitIds } }, select: { id: true, name: true } }) : [];
  const unitNames = new Map(units.map((unit) => [unit.id, unit.name]));
  const name = (id: string | null) => (id ? (names.get(id) ?? null) : null);
  const iso = (date: Date | null) => date?.toISOString() ?? null;
  return rows.map((row) => ({
    id: row.id,
    auditId: row.auditId,
    auditTitle: row.audit.title,
    type: row.type as FindingType,
    title: row.title,
    description: row.description,
    criterion: row.criterion,
    evidence: row.evidence,
    orgUnitId: row.orgUnitId,
    orgUnitName: row.orgUnitId ? (unitNames.get(row.orgUnitId) ?? null) : null,
    responsibleId: row.responsibleId,
    responsibleName: name(row.responsibleId),
    responseDueAt: iso(row.responseDueAt),
    rootCause: row.rootCause,
    actionPlan: row.actionPlan,
    planSubmittedAt: iso(row.planSubmittedAt),
    planAcceptedAt: iso(row.planAcceptedAt),
    status: row.status as FindingStatus,
    verifiedAt: iso(row.verifiedAt),
    verifiedByName: name(row.verifiedById),
    effective: row.effective,
    verificationNote: row.verificationNote,
    closedAt: iso(row.closedAt),
    escalatedAt: iso(row.escalatedAt),
    escalatedToId: row.escalatedToId,
    escalatedToName: name(row.escalatedToId),
    escalationNote: row.escalationNote,
    overdue: isFindingOverdue({ type: row.type as FindingType, status: row.status as FindingStatus, responseDueAt: row.responseDueAt }, now),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  }));
}

export async function listFindings(principal: Principal, query: FindingListQuery): Promise<ListResult<FindingView>> {
  authorize(principal, "audits.read");
  const where = await findingWhere(principal, query);
  return paged(query, db.finding.findMany({ where, include: findingInclude, ...pageArgs(query, { createdAt: "desc" }) }), db.finding.count({ where }), (rows) => toFindingViews(rows));
}

/** Who counts as owning a finding for authorisation: the person responsible for it. */
export const findingRecord = (row: { organizationId: string; responsibleId: string | null }) => ({ organizationId: row.organizationId, ownerIds: [row.responsibleId] });

export async function getFinding(principal: Principal, id: string): Promise<FindingView> {
  const row = await db.finding.findUnique({ where: { id }, include: findingInclude });
  if (!row || row.organizationId !== principal.organizationId) throw notFound();
  authorize(principal, "audits.read");
  if (scopeOf(principal, "audits.read") !== "all" && (await db.finding.count({ where: { AND: [{ id }, await findingScope(principal)] } })) === 0) throw forbidden();
  return (await toFindingViews([row!]))[0];
}
