import type { IndicatorView } from "../indicators/schema";

/**
 * A suggested MSB level for one perspective from its indicators (issue 17 item 6), shown beside
 * the level the dialogue chose; it never replaces it. The rule, written out in the UI:
 *
 *   every share indicator of the perspective ≥ 90 % → level 4
 *   every share indicator ≥ 70 %                    → level 3
 *   every share indicator ≥ 40 %                    → level 2
 *   otherwise                                       → level 1
 *
 * "Every" means the lowest share decides (MSB's level 4 is "in all relevant situations", so one weak
 * area holds the level down). Only share indicators with a value take part: one with nothing to
 * count (value null), days to close and plain counts have no scale to map. Without any, no
 * suggestion (null).
 */
export const SUGGESTED_LEVEL_THRESHOLDS = [
  { level: 4, atLeast: 0.9 },
  { level: 3, atLeast: 0.7 },
  { level: 2, atLeast: 0.4 },
] as const;

export interface SuggestedLevel {
  level: 1 | 2 | 3 | 4;
  /** The lowest share, which decided the level. */
  lowest: number;
  /** How many indicators took part. */
  basis: number;
}

export function suggestedLevel(indicators: ReadonlyArray<Pick<IndicatorView, "unit" | "value">>): SuggestedLevel | null {
  const shares = indicators.filter((indicator) => indicator.unit === "share" && indicator.value !== null).map((indicator) => indicator.value!);
  if (shares.length === 0) return null;
  const lowest = Math.min(...shares);
  const level = SUGGESTED_LEVEL_THRESHOLDS.find((threshold) => lowest >= threshold.atLeast)?.level ?? 1;
  return { level, lowest, basis: shares.length };
}
