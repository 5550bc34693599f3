import { assetIndicators } from "../assets/indicators";
import { competenceIndicators } from "../competence/indicators";
import { followUpIndicators } from "../findings/indicators";
import { incidentIndicators } from "../incidents/indicators";
import { riskIndicators } from "../risks/indicators";
import { supplierIndicators } from "../suppliers/indicators";
import type { IndicatorProvider } from "./schema";

/** Each register contributes its indicators (lib/<register>/indicators.ts). */
export const indicatorProviders: IndicatorProvider[] = [assetIndicators, incidentIndicators, riskIndicators, competenceIndicators, supplierIndicators, followUpIndicators];
