import { indicatorLabel, indicatorLabels } from "./messages";
import { PERSPECTIVE_KEYS, type PerspectiveKey } from "../maturity/msb-model";
import { isoDateTime } from "../api/route";
import { optionalDate, z } from "../validation/zod";
import type { Principal } from "../authz/roles";
import type { RecordType } from "../records/registry";

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
  /** True when GET /api/v1/indicators/{key}/records lists the very records counted. */
  drillDown: z.boolean().optional(),
}).meta({ id: "IndicatorView" });
export type IndicatorView = z.infer<typeof indicatorViewSchema>;

/** GET /api/v1/indicators: the figures and the window they were computed over. */
export const indicatorsAnswerSchema = z.object({ items: z.array(indicatorViewSchema), computedAt: isoDateTime(), from: isoDateTime(), to: isoDateTime() });

/** The follow-up window for time-based indicators (default: the last 24 months, MSB's period). */
export interface IndicatorWindow {
  from: Date;
  to: Date;
}

export const INDICATOR_PARTS = ["numerator", "denominator"] as const;
export type IndicatorPart = (typeof INDICATOR_PARTS)[number];

/** The records one part of an indicator counted: their type and ids (ids.length is the figure). */
export interface CountedRecords {
  type: RecordType;
  ids: string[];
}

export interface IndicatorProvider {
  perspective: PerspectiveKey;
  compute(organizationId: string, window: IndicatorWindow): Promise<IndicatorView[]>;
  /**
   * The very records counted for `key`'s numerator or denominator, by the same definition as
   * `compute`; null when the provider cannot list that key. Optional: without it every key of the
   * provider answers 404 indicator_records_unavailable.
   */
  records?(principal: Principal, key: string, part: IndicatorPart, window: IndicatorWindow): Promise<CountedRecords | null>;
  /** The keys `records` lists, when not every share and count of the provider is a set of records. */
  listed?: readonly string[];
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

export const indicatorRecordsParamsSchema = z.object({ key: z.string().regex(/^[a-z_]+\.[a-z_]+$/).max(100) });
export const indicatorRecordsQuerySchema = indicatorQuerySchema.pick({ from: true, to: true }).extend({ part: z.enum(INDICATOR_PARTS).default("numerator") });
export type IndicatorRecordsQuery = z.output<typeof indicatorRecordsQuerySchema>;

/** At most this many records are listed; `total` is always the full count (the indicator's figure). */
export const INDICATOR_RECORDS_CAP = 500;

export const indicatorRecordSchema = z.object({ type: z.string(), id: z.string(), title: z.string(), href: z.string().nullable() }).meta({ id: "IndicatorRecord" });
export type IndicatorRecord = z.infer<typeof indicatorRecordSchema>;
/** GET /api/v1/indicators/{key}/records: the very records counted (capped), and how many were counted. */
export const indicatorRecordsAnswerSchema = z.object({ key: z.string(), part: z.enum(INDICATOR_PARTS), type: z.string(), items: z.array(indicatorRecordSchema), total: z.number().int() });
export type IndicatorRecordsAnswer = z.infer<typeof indicatorRecordsAnswerSchema>;
