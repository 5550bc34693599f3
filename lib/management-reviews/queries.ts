import "server-only";
import { paged, pageArgs, type ListResult } from "../api/list";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { db, type Prisma } from "../db/client";
import { notFound } from "../errors";
import { userNames } from "../users/names";
import { compileSections } from "./compile";
import { toDecisionViews } from "./decisions";
import type { Conclusion, ReviewListQuery, ReviewStatus, ReviewView, Sections } from "./schema";

export const reviewInclude = { decisions: { orderBy: { createdAt: "asc" } } } as const satisfies Prisma.ManagementReviewInclude;
export type ReviewRow = Prisma.ManagementReviewGetPayload<{ include: typeof reviewInclude }>;

export const reviewScope = (principal: Principal): Prisma.ManagementReviewWhereInput => ({ organizationId: principal.organizationId });
const day = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;

/**
 * Views of reviews. `live` compiles a draft's sections from the registers as they stand (the review
 * page); lists leave them out. A held or closed review always shows its frozen snapshot.
 */
export async function toReviewViews(rows: ReviewRow[], options: { live?: boolean } = {}): Promise<ReviewView[]> {
  const [names, decisions] = await Promise.all([userNames(rows.map((row) => row.signedOffById)), toDecisionViews(db, rows.flatMap((row) => row.decisions))]);
  return Promise.all(
    rows.map(async (row) => ({
      id: row.id,
      title: row.title,
      heldAt: day(row.heldAt),
      participants: row.participants,
      periodFrom: day(row.periodFrom)!,
      periodTo: day(row.periodTo)!,
      status: row.status as ReviewStatus,
      sections: row.sections ? (row.sections as Sections) : options.live ? await compileSections(db, row) : null,
      frozen: row.sections !== null,
      comments: (row.comments ?? {}) as Record<string, string | null>,
      conclusion: (row.conclusion ?? null) as Conclusion | null,
      signedOffById: row.signedOffById,
      signedOffByName: row.signedOffById ? (names.get(row.signedOffById) ?? null) : null,
      signedOffAt: row.signedOffAt?.toISOString() ?? null,
      decisions: decisions.filter((decision) => decision.reviewId === row.id),
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
      version: row.version,
    })),
  );
}

export async function listReviews(principal: Principal, query: ReviewListQuery): Promise<ListResult<ReviewView>> {
  authorize(principal, "management-reviews.read");
  const where: Prisma.ManagementReviewWhereInput = {
    ...reviewScope(principal),
    ...(query.status ? { status: query.status } : {}),
    ...(query.q ? { title: { contains: query.q, mode: "insensitive" as const } } : {}),
  };
  return paged(query, db.managementReview.findMany({ where, include: reviewInclude, ...pageArgs(query, { periodTo: "desc" }) }), db.managementReview.count({ where }), (rows) => toReviewViews(rows));
}

/** Another organisation's review is 404. */
export async function loadReview(principal: Principal, id: string): Promise<ReviewRow> {
  const row = await db.managementReview.findUnique({ where: { id }, include: reviewInclude });
  if (!row || row.organizationId !== principal.organizationId) throw notFound();
  authorize(principal, "management-reviews.read", row);
  return row;
}

export async function getReview(principal: Principal, id: string): Promise<ReviewView> {
  return (await toReviewViews([await loadReview(principal, id)], { live: true }))[0];
}
