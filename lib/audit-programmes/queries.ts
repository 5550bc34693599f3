import "server-only";
import { paged, pageArgs, type ListResult } from "../api/list";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { db, type Prisma } from "../db/client";
import { notFound } from "../errors";
import { userNames } from "../users/names";
import type { ProgrammeListQuery, ProgrammeStatus, ProgrammeView } from "./schema";

export const programmeInclude = { _count: { select: { audits: true } } } as const;
export type ProgrammeRow = Prisma.AuditProgrammeGetPayload<{ include: typeof programmeInclude }>;

export async function toProgrammeViews(rows: ProgrammeRow[]): Promise<ProgrammeView[]> {
  const names = await userNames(rows.flatMap((row) => [row.ownerId, row.approvedById]));
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    periodFrom: row.periodFrom.toISOString(),
    periodTo: row.periodTo.toISOString(),
    ownerId: row.ownerId,
    ownerName: row.ownerId ? (names.get(row.ownerId) ?? null) : null,
    status: row.status as ProgrammeStatus,
    approvedById: row.approvedById,
    approvedByName: row.approvedById ? (names.get(row.approvedById) ?? null) : null,
    approvedAt: row.approvedAt?.toISOString() ?? null,
    auditCount: row._count.audits,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  }));
}

/** The audit plan is read by everyone who reads audits: it names areas and months, no findings. */
export async function listProgrammes(principal: Principal, query: ProgrammeListQuery): Promise<ListResult<ProgrammeView>> {
  authorize(principal, "audits.read");
  const where = {
    organizationId: principal.organizationId,
    ...(query.status ? { status: query.status } : {}),
    ...(query.q ? { title: { contains: query.q, mode: "insensitive" as const } } : {}),
  };
  return paged(query, db.auditProgramme.findMany({ where, include: programmeInclude, ...pageArgs(query, { periodFrom: "desc" }) }), db.auditProgramme.count({ where }), toProgrammeViews);
}

export async function getProgramme(principal: Principal, id: string): Promise<ProgrammeView> {
  const row = await db.auditProgramme.findUnique({ where: { id }, include: programmeInclude });
  if (!row || row.organizationId !== principal.organizationId) throw notFound();
  authorize(principal, "audits.read");
  return (await toProgrammeViews([row]))[0];
}
