import { maturityOperations } from "../maturity/openapi";
import { assetOperations } from "../assets/openapi";
import { incidentOperations } from "../incidents/openapi";
import { riskOperations } from "../risks/openapi";
import type { ApiOperation } from "./operations";

/** Each register adds its operations here (lib/<register>/openapi.ts). */
export const registerOperations: ApiOperation[] = [...assetOperations, ...maturityOperations, ...incidentOperations, ...riskOperations];
