import { isoDateTime } from "../api/route";
import { indicatorViewSchema } from "../indicators/schema";
import { z } from "../validation/zod";
import { PERSPECTIVE_KEYS } from "./msb-model";

const perspective = () => z.enum(PERSPECTIVE_KEYS);
const level = () => z.number().int().nullable();

export const perspectiveResultSchema = z.object({
  perspective: perspective(),
  name: z.string(),
  shortName: z.string(),
  level: level(),
  target: level(),
  /** target − level: positive means below target, 0 on target, negative above; null when either is missing. */
  gap: z.number().int().nullable(),
});
export type PerspectiveResult = z.infer<typeof perspectiveResultSchema>;

export const trendPointSchema = z.object({ assessmentId: z.uuid(), title: z.string(), heldAt: isoDateTime(), level: level() });
export type TrendPoint = z.infer<typeof trendPointSchema>;

export const perspectiveTrendSchema = z.object({
  perspective: perspective(),
  name: z.string(),
  /** Oldest session first. */
  points: z.array(trendPointSchema),
  /** Latest assessed level minus the earliest assessed level; null with fewer than two assessed sessions. */
  change: z.number().int().nullable(),
  direction: z.enum(["up", "down", "flat"]).nullable(),
});
export type PerspectiveTrend = z.infer<typeof perspectiveTrendSchema>;

export const perspectiveComparisonSchema = z.object({
  perspective: perspective(),
  name: z.string(),
  from: level(),
  to: level(),
  /** to − from; null when either session left the perspective unassessed. */
  delta: z.number().int().nullable(),
});
export type PerspectiveComparison = z.infer<typeof perspectiveComparisonSchema>;

export const dataWarningSchema = z.object({
  perspective: perspective(),
  level: z.number().int(),
  /** Mean of the perspective's share indicators that have a value. */
  average: z.number(),
  lowest: z.number(),
  /** The indicators that triggered the warning (shares below the rule's bar). */
  indicatorKeys: z.array(z.string()),
  message: z.string(),
});
export type DataWarning = z.infer<typeof dataWarningSchema>;

/** GET /api/v1/maturity-assessments/{id}/results: "Vårt resultat" with today's indicators beside each level. */
export const assessmentResultsViewSchema = z.object({
  assessmentId: z.uuid(),
  title: z.string(),
  heldAt: isoDateTime(),
  perspectives: z.array(perspectiveResultSchema.extend({ indicators: z.array(indicatorViewSchema), warning: dataWarningSchema.nullable() })),
  computedAt: isoDateTime(),
});
export type AssessmentResultsView = z.infer<typeof assessmentResultsViewSchema>;

export const maturityTrendViewSchema = z.object({ perspectives: z.array(perspectiveTrendSchema), sessions: z.number().int() });

const sessionHead = z.object({ id: z.uuid(), title: z.string(), heldAt: isoDateTime() });
export const assessmentComparisonViewSchema = z.object({ from: sessionHead, to: sessionHead, perspectives: z.array(perspectiveComparisonSchema) });
