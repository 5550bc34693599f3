import { actionWork } from "../actions/work";
import { assetWork } from "../assets/work";
import { trainingWork } from "../competence/work";
import { findingWork } from "../findings/work";
import { incidentWork } from "../incidents/work";
import { riskWork } from "../risks/work";
import { supplierWork } from "../suppliers/work";
import type { WorkProvider } from "./types";

/** Each register contributes its due work (lib/<register>/work.ts). One line per register. */
export const workProviders: WorkProvider[] = [
  actionWork,
  assetWork,
  trainingWork,
  riskWork,
  incidentWork,
  supplierWork,
  findingWork,
];
