import { listQuerySchema } from "../api/list";
import { isoDate, isoDateTime } from "../api/route";
import { indicatorViewSchema } from "../indicators/schema";
import { PERSPECTIVE_KEYS } from "../maturity/msb-model";
import { optionalDate, optionalText, requiredDate, text, versionField, writeObject, z } from "../validation/zod";

export const REVIEW_STATUSES = ["draft", "held", "closed"] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
/** ISO/IEC 27001:2022 9.3.2 a–g. */
export const SECTION_KEYS = ["a", "b", "c", "d", "e", "f", "g"] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];
export const DECISION_KINDS = ["objective", "resources", "change", "improvement", "risk_acceptance", "other"] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];
export const JUDGEMENTS = ["yes", "partly", "no"] as const;

const names = z.array(text().trim().min(1).max(200)).max(50);
const comments = writeObject(Object.fromEntries(SECTION_KEYS.map((key) => [key, optionalText(10_000)])) as Record<SectionKey, ReturnType<typeof optionalText>>);
export const conclusionSchema = writeObject({
  suitability: z.enum(JUDGEMENTS),
  adequacy: z.enum(JUDGEMENTS),
  effectiveness: z.enum(JUDGEMENTS),
  comment: optionalText(10_000),
});

export const reviewCreateSchema = writeObject({
  title: text().trim().min(1).max(200),
  periodFrom: requiredDate(),
  periodTo: requiredDate(),
  heldAt: optionalDate(),
  participants: names.default([]),
});
/** `status: "held"` freezes the compilation; `signOff: true` closes the review (it must be held). */
export const reviewUpdateSchema = reviewCreateSchema
  .partial()
  .extend({
    comments: comments.optional(),
    conclusion: conclusionSchema.optional(),
    status: z.literal("held").optional(),
    signOff: z.literal(true).optional(),
    version: versionField,
  });

export const decisionCreateSchema = writeObject({
  text: text().trim().min(1).max(5000),
  kind: z.enum(DECISION_KINDS),
  /** When given, the decision starts an action (source management_review) in the same transaction. */
  action: writeObject({ title: text().trim().min(1).max(200), ownerId: z.uuid().nullish(), dueAt: optionalDate() }).optional(),
});

export const reviewListQuerySchema = listQuerySchema(["title", "periodTo", "status", "createdAt"] as const).extend({ status: z.enum(REVIEW_STATUSES).optional() });

export type ReviewCreate = z.output<typeof reviewCreateSchema>;
export type ReviewUpdate = z.output<typeof reviewUpdateSchema>;
export type DecisionCreate = z.output<typeof decisionCreateSchema>;
export type ReviewListQuery = z.output<typeof reviewListQuerySchema>;
export type Conclusion = z.output<typeof conclusionSchema>;

const linked = z.object({ id: z.string(), title: z.string(), href: z.string().nullable() });
const actionSummary = z.object({ id: z.string(), title: z.string(), status: z.string(), dueAt: isoDateTime().nullable(), ownerName: z.string().nullable(), overdue: z.boolean() });
export const decisionViewSchema = z
  .object({ id: z.uuid(), reviewId: z.uuid(), text: z.string(), kind: z.enum(DECISION_KINDS), action: actionSummary.nullable(), createdAt: isoDateTime() })
  .meta({ id: "ManagementReviewDecisionView" });
export type DecisionView = z.infer<typeof decisionViewSchema>;

const counts = z.record(z.string(), z.number().int());
/** The compiled inputs; b, c and e are management's own text (comments) only. */
export const sectionsSchema = z
  .object({
    compiledAt: isoDateTime(),
    a: z.object({ previousReview: linked.nullable(), decisions: z.array(decisionViewSchema) }),
    d: z.object({
      indicators: z.array(indicatorViewSchema.extend({ previous: z.number().nullable() })),
      incidents: z.object({ reported: z.number().int(), closed: z.number().int() }),
      nonconformities: z.object({ open: z.array(linked), closedInPeriod: z.number().int() }),
      audits: z.array(linked.extend({ status: z.string(), conclusion: z.string().nullable() })),
      maturity: z.object({ title: z.string(), heldAt: isoDateTime(), levels: z.array(z.object({ perspective: z.enum(PERSPECTIVE_KEYS), level: z.number().int().nullable() })) }).nullable(),
      /** The latest submitted follow-up questionnaire, with its stored level overall and per area (absent in reviews frozen before they were kept). */
      questionnaire: linked
        .extend({ submittedAt: isoDateTime().nullable(), level: z.number().int().nullable().optional(), areas: z.array(z.object({ name: z.string(), level: z.number().int() })).optional() })
        .nullable(),
      /** Information-security objectives and their indicator's value over the period. */
      objectives: z.array(z.object({ id: z.string(), title: z.string(), perspective: z.enum(PERSPECTIVE_KEYS), target: z.number().nullable(), current: z.number().nullable(), unit: z.string().nullable(), dueAt: isoDate().nullable() })).default([]),
    }),
    f: z.object({ byBand: counts, aboveAcceptance: z.array(linked.extend({ band: z.string(), level: z.number().int() })), treatment: counts, treatmentOverdue: z.number().int() }),
    g: z.object({ improvements: z.array(linked), openActions: z.number().int(), overdueActions: z.number().int() }),
  })
  .meta({ id: "ManagementReviewSections" });
export type Sections = z.infer<typeof sectionsSchema>;

export const reviewViewSchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    heldAt: isoDate().nullable(),
    participants: z.array(z.string()),
    periodFrom: isoDate(),
    periodTo: isoDate(),
    status: z.enum(REVIEW_STATUSES),
    /** Live while a draft, frozen from the moment it was marked held. */
    sections: sectionsSchema.nullable(),
    frozen: z.boolean(),
    comments: z.record(z.string(), z.string().nullable()),
    conclusion: conclusionSchema.nullable(),
    signedOffById: z.uuid().nullable(),
    signedOffByName: z.string().nullable(),
    signedOffAt: isoDateTime().nullable(),
    decisions: z.array(decisionViewSchema),
    createdAt: isoDateTime(),
    updatedAt: isoDateTime(),
    version: z.number().int(),
  })
  .meta({ id: "ManagementReviewView" });
export type ReviewView = z.infer<typeof reviewViewSchema>;
