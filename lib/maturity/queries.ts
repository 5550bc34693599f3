import "server-only";
import { paged, pageArgs, type ListResult } from "../api/list";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { db, type Prisma } from "../db/client";
import { PERSPECTIVE_KEYS, type AspectKey, type PerspectiveKey } from "./msb-model";
import { byPerspectiveOrder } from "./rules";
import type { AssessmentListQuery, AssessmentStatus, AssessmentSummaryView, AssessmentView, EntryView, EvidenceView, ProposalHorizon, ProposalView } from "./schema";

/** Entries and proposals in the order the views promise. */
export const assessmentInclude = {
  entries: true,
  proposals: { orderBy: [{ position: "asc" }, { id: "asc" }] },
} satisfies Prisma.MaturityAssessmentInclude;

/** What the list shows: each perspective's level and the number of proposals. */
const summaryInclude = {
  entries: { select: { perspective: true, level: true } },
  _count: { select: { proposals: true } },
} satisfies Prisma.MaturityAssessmentInclude;

export type AssessmentRow = Prisma.MaturityAssessmentGetPayload<{ include: typeof assessmentInclude }>;
type AssessmentSummaryRow = Prisma.MaturityAssessmentGetPayload<{ include: typeof summaryInclude }>;
type EntryRow = AssessmentRow["entries"][number];
type ProposalRow = AssessmentRow["proposals"][number];

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

const baseFields = (row: AssessmentRow | AssessmentSummaryRow) => ({
  id: row.id,
  title: row.title,
  heldAt: row.heldAt.toISOString(),
  participants: row.participants,
  facilitator: row.facilitator,
  status: row.status as AssessmentStatus,
});

const stamps = (row: AssessmentRow | AssessmentSummaryRow) => ({ createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString(), version: row.version });

/** One session as a view; the services audit this shape inside their transaction. */
export function toAssessmentView(row: AssessmentRow): AssessmentView {
  return {
    ...baseFields(row),
    entries: byPerspectiveOrder(row.entries).map(toEntryView),
    proposals: row.proposals.map(toProposalView),
    ...stamps(row),
  };
}

/** Views for sessions; async and batched like every register's view builder. */
export async function toAssessmentViews(rows: AssessmentRow[]): Promise<AssessmentView[]> {
  return rows.map(toAssessmentView);
}

async function toAssessmentSummaryViews(rows: AssessmentSummaryRow[]): Promise<AssessmentSummaryView[]> {
  return rows.map((row) => {
    const levels = Object.fromEntries(PERSPECTIVE_KEYS.map((key) => [key, row.entries.find((e) => e.perspective === key)?.level ?? null])) as Record<PerspectiveKey, number | null>;
    return { ...baseFields(row), levels, proposalCount: row._count.proposals, ...stamps(row) };
  });
}

export async function listAssessments(principal: Principal, query: AssessmentListQuery): Promise<ListResult<AssessmentSummaryView>> {
  authorize(principal, "maturity.read");
  const where = {
    organizationId: principal.organizationId,
    ...(query.status ? { status: query.status } : {}),
    ...(query.q ? { title: { contains: query.q, mode: "insensitive" as const } } : {}),
  };
  const rows = db.maturityAssessment.findMany({ where, include: summaryInclude, ...pageArgs(query, { heldAt: "desc" }) });
  return paged(query, rows, db.maturityAssessment.count({ where }), toAssessmentSummaryViews);
}

export async function getAssessment(principal: Principal, id: string): Promise<AssessmentView> {
  const row = await db.maturityAssessment.findUnique({ where: { id }, include: assessmentInclude });
  authorize(principal, "maturity.read", row);
  return (await toAssessmentViews([row!]))[0];
}

/** Every session of the organisation with its levels, oldest first (for trends). */
export async function assessmentHistory(principal: Principal, status?: AssessmentStatus): Promise<AssessmentView[]> {
  authorize(principal, "maturity.read");
  const rows = await db.maturityAssessment.findMany({
    where: { organizationId: principal.organizationId, ...(status ? { status } : {}) },
    include: assessmentInclude,
    orderBy: [{ heldAt: "asc" }, { id: "asc" }],
  });
  return toAssessmentViews(rows);
}
