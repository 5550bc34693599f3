import "server-only";
import { createActionInTx } from "../actions/service";
import { authorize } from "../authz/authorize";
import type { Principal } from "../authz/roles";
import { recordAudit } from "../audit/trail";
import { db, type Prisma } from "../db/client";
import { createAudited, nextVersion, updateAudited, versionedWhere } from "../db/mutation";
import { AppError, notFound } from "../errors";
import { compileSections } from "./compile";
import { toDecisionViews } from "./decisions";
import { reviewInclude, toReviewViews } from "./queries";
import { assertPeriod, assertPeriodOpen, assertSignOff, isReadOnly } from "./rules";
import type { Conclusion, DecisionCreate, DecisionView, ReviewCreate, ReviewStatus, ReviewUpdate, ReviewView } from "./schema";

const reviewClosed = () => new AppError(409, "review_closed", "Genomgången är avslutad och undertecknad och kan inte längre ändras.");

export async function createReview(principal: Principal, input: ReviewCreate): Promise<ReviewView> {
  authorize(principal, "management-reviews.write");
  assertPeriod(input.periodFrom, input.periodTo);
  const row = await createAudited(principal, "management_review", (tx) =>
    tx.managementReview.create({ data: { ...input, organizationId: principal.organizationId }, include: reviewInclude }),
  );
  return (await toReviewViews([row], { live: true }))[0];
}

/**
 * Edits a draft or held review. `status: "held"` compiles the sections and stores them in the same
 * transaction (the snapshot management saw); `signOff` closes the review, after which every write is 409.
 */
export async function updateReview(principal: Principal, id: string, input: ReviewUpdate, now = new Date()): Promise<ReviewView> {
  const { version, status, signOff, comments, conclusion, ...fields } = input;
  const row = await updateAudited(principal, "management_review", {
    version,
    action: signOff ? "sign_off" : status === "held" ? "status" : "update",
    load: (tx) => tx.managementReview.findUnique({ where: { id } }),
    check: (before) => {
      authorize(principal, "management-reviews.write", before);
      if (isReadOnly(before.status as ReviewStatus)) throw reviewClosed();
    },
    update: async (tx, before) => {
      assertPeriodOpen(before.status as ReviewStatus, fields);
      assertPeriod(fields.periodFrom ?? before.periodFrom, fields.periodTo ?? before.periodTo);
      const freeze = status === "held" && before.status === "draft";
      const nextStatus: ReviewStatus = signOff ? "closed" : freeze ? "held" : (before.status as ReviewStatus);
      const nextConclusion = conclusion ?? (before.conclusion as Conclusion | null);
      if (signOff) assertSignOff(freeze ? "held" : (before.status as ReviewStatus), nextConclusion);
      const period = { ...before, ...fields };
      const sections = freeze ? ((await compileSections(tx, period, now)) as Prisma.InputJsonValue) : undefined;
      return tx.managementReview.update({
        where: versionedWhere(id, version),
        data: {
          ...fields,
          status: nextStatus,
          ...(sections ? { sections, heldAt: fields.heldAt ?? before.heldAt ?? now } : {}),
          ...(comments ? { comments: { ...(before.comments as Record<string, string | null>), ...comments } } : {}),
          ...(conclusion ? { conclusion } : {}),
          ...(signOff ? { signedOffById: principal.userId, signedOffAt: now } : {}),
          ...nextVersion,
        },
        include: reviewInclude,
      });
    },
  });
  return (await toReviewViews([row], { live: true }))[0];
}

/** Records a decision; with `action` it also starts the action (owner, due date) in the same transaction. */
export async function addDecision(principal: Principal, reviewId: string, input: DecisionCreate): Promise<DecisionView> {
  authorize(principal, "management-reviews.write");
  const row = await db.$transaction(async (tx) => {
    const review = await tx.managementReview.findUnique({ where: { id: reviewId } });
    if (!review || review.organizationId !== principal.organizationId) throw notFound();
    authorize(principal, "management-reviews.write", review);
    if (isReadOnly(review.status as ReviewStatus)) throw reviewClosed();
    const action = input.action
      ? await createActionInTx(tx, principal, {
          title: input.action.title,
          description: input.text,
          ownerId: input.action.ownerId ?? null,
          dueAt: input.action.dueAt ?? null,
          status: "planned",
          source: { type: "management_review", id: reviewId },
        })
      : null;
    const decision = await tx.managementReviewDecision.create({
      data: { organizationId: principal.organizationId, reviewId, text: input.text, kind: input.kind, actionId: action?.id ?? null },
    });
    await recordAudit(tx, principal, { entity: "management_review", entityId: reviewId, action: "decision", after: decision });
    return decision;
  });
  return (await toDecisionViews(db, [row]))[0];
}
