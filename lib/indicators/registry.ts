import type { IndicatorProvider } from "./schema";

/** Each register contributes its indicators (lib/<register>/indicators.ts). */
export const indicatorProviders: IndicatorProvider[] = [];
