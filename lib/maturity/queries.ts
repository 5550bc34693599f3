import "server-only";
import { pageArgs, type ListResult } from "../api/list";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { db, type Prisma } from "../db/client";
import { PERSPECTIVE_KEYS, type AspectKey, type PerspectiveKey } from "./msb-model";
import { byPerspectiveOrder } from "./rules";
import type { AssessmentListQuery, AssessmentStatus, AssessmentSummaryView, AssessmentView, EntryView, EvidenceView, ProposalHorizon, ProposalView } from "./schema";

type AssessmentRow = Awaited<ReturnType<typeof db.maturityAssessment.findFirstOrThrow>>;
type EntryRow = Awaited<ReturnType<typeof db.maturityEntry.findFirstOrThrow>>;
type ProposalRow = Awaited<ReturnType<typeof db.maturityProposal.findFirstOrThrow>>;
export type AssessmentWithChildren = AssessmentRow & { entries: EntryRow[]; proposals: ProposalRow[] };

/** Entries and proposals in the order the views promise. */
export const withChildren = {
  entries: true,
  proposals: { orderBy: [{ position: "asc" }, { id: "asc" }] },
} satisfies Prisma.MaturityAssessmentInclude;

export function toEntryView(row: EntryRow): EntryView {
  return {
    perspective: row.perspective as PerspectiveKey,
    level: row.level,
    aspectNotes: (row.aspectNotes ?? {}) as Partial<Record<AspectKey, string>>,
    reasons: row.reasons,
    evidence: (row.evidence ?? []) as unknown as EvidenceView[],
  };
}

export function toProposalView(row: ProposalRow): ProposalView {
  return {
    id: row.id,
    position: row.position,
    perspective: row.perspective as PerspectiveKey,
    what: row.what,
    how: row.how,
    who: row.who,
    horizon: row.horizon as ProposalHorizon,
    actionId: row.actionId,
  };
}

const baseFields = (row: AssessmentRow) => ({
  id: row.id,
  title: row.title,
  heldAt: row.heldAt.toISOString(),
  participants: row.participants,
  facilitator: row.facilitator,
  status: row.status as AssessmentStatus,
});

const stamps = (row: AssessmentRow) => ({ createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString(), version: row.version });

export function toAssessmentView(row: AssessmentWithChildren): AssessmentView {
  return {
    ...baseFields(row),
    entries: byPerspectiveOrder(row.entries).map(toEntryView),
    proposals: row.proposals.map(toProposalView),
    ...stamps(row),
  };
}

function toSummaryView(row: AssessmentRow & { entries: Pick<EntryRow, "perspective" | "level">[]; _count: { proposals: number } }): AssessmentSummaryView {
  const levels = Object.fromEntries(PERSPECTIVE_KEYS.map((key) => [key, row.entries.find((e) => e.perspective === key)?.level ?? null])) as Record<PerspectiveKey, number | null>;
  return { ...baseFields(row), levels, proposalCount: row._count.proposals, ...stamps(row) };
}

export async function listAssessments(principal: Principal, query: AssessmentListQuery): Promise<ListResult<AssessmentSummaryView>> {
  authorize(principal, "maturity.read");
  const where = {
    organizationId: principal.organizationId,
    ...(query.status ? { status: query.status } : {}),
    ...(query.q ? { title: { contains: query.q, mode: "insensitive" as const } } : {}),
  };
  const [rows, total] = await Promise.all([
    db.maturityAssessment.findMany({
      where,
      include: { entries: { select: { perspective: true, level: true } }, _count: { select: { proposals: true } } },
      ...pageArgs(query, { heldAt: "desc" }),
    }),
    db.maturityAssessment.count({ where }),
  ]);
  return { items: rows.map(toSummaryView), total, page: query.page, pageSize: query.pageSize };
}

export async function getAssessment(principal: Principal, id: string): Promise<AssessmentView> {
  const row = await db.maturityAssessment.findUnique({ where: { id }, include: withChildren });
  authorize(principal, "maturity.read", row);
  return toAssessmentView(row!);
}

/** Every session of the organisation with its levels, oldest first (for trends). */
export async function assessmentHistory(principal: Principal, status?: AssessmentStatus): Promise<AssessmentView[]> {
  authorize(principal, "maturity.read");
  const rows = await db.maturityAssessment.findMany({
    where: { organizationId: principal.organizationId, ...(status ? { status } : {}) },
    include: withChildren,
    orderBy: [{ heldAt: "asc" }, { id: "asc" }],
  });
  return rows.map(toAssessmentView);
}
