import { PERSPECTIVE_KEYS, type PerspectiveKey } from "../maturity/msb-model";
import { optionalDate, z } from "../validation/zod";

export const indicatorQuerySchema = z.object({
  perspective: z.enum(PERSPECTIVE_KEYS).optional(),
  from: optionalDate(),
  to: optionalDate(),
});
export type IndicatorQuery = z.output<typeof indicatorQuerySchema>;

export interface IndicatorView {
  key: string;
  perspective: PerspectiveKey;
  label: string;
  /** numerator/denominator, or null when the denominator is 0; for value-only indicators the value itself. */
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  unit: "share" | "days";
  /** The list of records behind the figure. */
  href?: string;
}

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
  label: string,
  numerator: number,
  denominator: number,
  href?: string,
): IndicatorView {
  return { key, perspective, label, numerator, denominator, value: denominator === 0 ? null : numerator / denominator, unit: "share", ...(href ? { href } : {}) };
}
