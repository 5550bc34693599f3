import "server-only";
import { paged, pageArgs, type ListResult } from "../api/list";
import { authorize, scopeOf } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { db, type Prisma } from "../db/client";
import { forbidden, notFound } from "../errors";
import type { PerspectiveKey } from "../maturity/msb-model";
import { userNames } from "../users/names";
import type { AuditListQuery, AuditStatus, AuditView, ChecklistItemView, ChecklistResult, ReportView } from "./schema";

export const auditInclude = { programme: { select: { title: true } }, _count: { select: { findings: true } } } as const;
export type AuditRow = Prisma.AuditGetPayload<{ include: typeof auditInclude }>;

/** The org units where the user owns information assets: what an information owner's "own" covers. */
export async function ownedUnitIds(principal: Principal): Promise<string[]> {
  const rows = await db.asset.findMany({ where: { organizationId: principal.organizationId, ownerId: principal.userId }, select: { orgUnitId: true }, distinct: ["orgUnitId"] });
  return rows.map((row) => row.orgUnitId);
}

/**
 * The audits a principal may read: all of the organisation, or (information owner) those covering
 * an org unit where they own assets and (everyone with "own") those with a finding they answer for.
 */
export async function auditScope(principal: Principal): Promise<Prisma.AuditWhereInput> {
  const base = { organizationId: principal.organizationId };
  const scope = scopeOf(principal, "audits.read");
  if (scope === "all") return base;
  if (scope === "none") throw forbidden();
  const units = principal.role === "information_owner" ? await ownedUnitIds(principal) : [];
  return { ...base, OR: [{ findings: { some: { responsibleId: principal.userId } } }, ...(units.length ? [{ orgUnitIds: { hasSome: units } }] : [])] };
}

export async function toAuditViews(rows: AuditRow[]): Promise<AuditView[]> {
  const people = await userNames(rows.flatMap((row) => [row.leadAuditorId, ...row.auditorIds]));
  const unitIds = [...new Set(rows.flatMap((row) => row.orgUnitIds))];
  const units = unitIds.length ? await db.orgUnit.findMany({ where: { id: { in: unitIds } }, select: { id: true, name: true } }) : [];
  const unitNames = new Map(units.map((unit) => [unit.id, unit.name]));
  return rows.map((row) => ({
    id: row.id,
    programmeId: row.programmeId,
    programmeTitle: row.programme.title,
    title: row.title,
    area: row.area,
    perspective: row.perspective as PerspectiveKey | null,
    orgUnits: row.orgUnitIds.map((id) => ({ id, name: unitNames.get(id) ?? "" })),
    criteria: row.criteria,
    criteriaRefs: row.criteriaRefs,
    plannedMonth: row.plannedMonth,
    leadAuditorId: row.leadAuditorId,
    leadAuditorName: row.leadAuditorId ? (people.get(row.leadAuditorId) ?? null) : null,
    auditors: row.auditorIds.map((id) => ({ id, name: people.get(id) ?? "" })),
    auditees: row.auditees,
    interviews: Array.isArray(row.interviews) ? (row.interviews as AuditView["interviews"]) : [],
    status: row.status as AuditStatus,
    statusReason: row.statusReason,
    performedAt: row.performedAt?.toISOString() ?? null,
    findingCount: row._count.findings,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  }));
}

export async function auditWhere(principal: Principal, query: Partial<AuditListQuery>): Promise<Prisma.AuditWhereInput> {
  return {
    AND: [
      await auditScope(principal),
      {
        ...(query.programmeId ? { programmeId: query.programmeId } : {}),
        ...(query.status ? { status: query.status } : {}),
        ...(query.perspective ? { perspective: query.perspective } : {}),
        ...(query.orgUnitId ? { orgUnitIds: { has: query.orgUnitId } } : {}),
        ...(query.q ? { title: { contains: query.q, mode: "insensitive" as const } } : {}),
      },
    ],
  };
}

export async function listAudits(principal: Principal, query: AuditListQuery): Promise<ListResult<AuditView>> {
  authorize(principal, "audits.read");
  const where = await auditWhere(principal, query);
  return paged(query, db.audit.findMany({ where, include: auditInclude, ...pageArgs(query, { plannedMonth: "asc" }) }), db.audit.count({ where }), toAuditViews);
}

/** Loads an audit the principal may read: another organisation's is 404, one outside their scope 403. */
export async function loadAudit(principal: Principal, id: string): Promise<AuditRow> {
  const row = await db.audit.findUnique({ where: { id }, include: auditInclude });
  if (!row || row.organizationId !== principal.organizationId) throw notFound();
  authorize(principal, "audits.read");
  if (scopeOf(principal, "audits.read") !== "all" && (await db.audit.count({ where: { AND: [{ id }, await auditScope(principal)] } })) === 0) throw forbidden();
  return row!;
}

export async function getAudit(principal: Principal, id: string): Promise<AuditView> {
  return (await toAuditViews([await loadAudit(principal, id)]))[0];
}

type ChecklistRow = Prisma.AuditChecklistItemGetPayload<object>;
export const toChecklistItemView = (row: ChecklistRow): ChecklistItemView => ({
  id: row.id,
  auditId: row.auditId,
  position: row.position,
  question: row.question,
  criterion: row.criterion,
  result: row.result as ChecklistResult | null,
  notes: row.notes,
  evidence: row.evidence,
  links: row.links,
  version: row.version,
});

export async function auditChecklist(principal: Principal, auditId: string): Promise<ChecklistItemView[]> {
  await loadAudit(principal, auditId);
  const rows = await db.auditChecklistItem.findMany({ where: { auditId }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] });
  return rows.map(toChecklistItemView);
}

/** Every revision of the audit's report, newest first. */
export async function auditReports(principal: Principal, auditId: string): Promise<ReportView[]> {
  await loadAudit(principal, auditId);
  const rows = await db.auditReport.findMany({ where: { auditId }, orderBy: { revision: "desc" } });
  const names = await userNames(rows.map((row) => row.issuedById));
  return rows.map((row) => ({
    id: row.id,
    auditId: row.auditId,
    revision: row.revision,
    summary: row.summary,
    scope: row.scope,
    conclusion: row.conclusion,
    motivation: row.motivation,
    issuedAt: row.issuedAt.toISOString(),
    issuedByName: row.issuedById ? (names.get(row.issuedById) ?? null) : null,
  }));
}
