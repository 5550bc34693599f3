import { indicatorLabel, indicatorLabels } from "./messages";
import { PERSPECTIVE_KEYS, type PerspectiveKey } from "../maturity/msb-model";
import { isoDateTime } from "../api/route";
import { optionalDate, z } from "../validation/zod";

export const indicatorQuerySchema = z.object({
  perspective: z.enum(PERSPECTIVE_KEYS).optional(),
  from: optionalDate(),
  to: optionalDate(),
});
export type IndicatorQuery = z.output<typeof indicatorQuerySchema>;

export const indicatorViewSchema = z.object({
  key: z.string(),
  perspective: z.enum(PERSPECTIVE_KEYS),
  label: z.string(),
  /** numerator/denominator, or null when the denominator is 0; for value-only indicators the value itself. */
  value: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  /** "count": a number of records, value only (escalated findings still open). */
  unit: z.enum(["share", "days", "count"]),
  /** The list of records behind the figure. */
  href: z.string().optional(),
}).meta({ id: "IndicatorView" });
export type IndicatorView = z.infer<typeof indicatorViewSchema>;

/** GET /api/v1/indicators: the figures and the window they were computed over. */
export const indicatorsAnswerSchema = z.object({ items: z.array(indicatorViewSchema), computedAt: isoDateTime(), from: isoDateTime(), to: isoDateTime() });

/** The follow-up window for time-based indicators (default: the last 24 months, MSB's period). */
export interface IndicatorWindow {
  from: Date;
  to: Date;
}

export interface IndicatorProvider {
  perspective: PerspectiveKey;
  compute(organizationId: string, window: IndicatorWindow): Promise<IndicatorView[]>;
}

/** A share indicator: value is numerator/denominator, null when there is nothing to count. */
export function shareIndicator(
  perspective: PerspectiveKey,
  key: string,
  numerator: number,
  denominator: number,
  href?: string,
): IndicatorView {
  return { key, perspective, label: indicatorLabel(key, indicatorLabels.sv), numerator, denominator, value: denominator === 0 ? null : numerator / denominator, unit: "share", ...(href ? { href } : {}) };
}
