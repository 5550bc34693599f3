import { assetIndicators } from "../assets/indicators";
import { incidentIndicators } from "../incidents/indicators";
import { riskIndicators } from "../risks/indicators";
import type { IndicatorProvider } from "./schema";

/** Each register contributes its indicators (lib/<register>/indicators.ts). */
export const indicatorProviders: IndicatorProvider[] = [assetIndicators, incidentIndicators, riskIndicators];
