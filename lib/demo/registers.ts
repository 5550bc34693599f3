import { seedAssetsDemo } from "../assets/demo";
import { seedAttachmentsDemo } from "../attachments/demo";
import { seedCompetenceDemo } from "../competence/demo";
import { seedFindingsDemo } from "../findings/demo";
import { seedIncidentsDemo } from "../incidents/demo";
import { seedManagementReviewsDemo } from "../management-reviews/demo";
import { seedMaturityDemo } from "../maturity/demo";
import { seedQuestionnaireDemo } from "../questionnaires/demo";
import { seedRisksDemo } from "../risks/demo";
import { seedSuppliersDemo } from "../suppliers/demo";
import type { DemoContext } from "./context";

/** Each register's demo seed, in dependency order (assets before risks before incidents). */
export const demoRegisterSeeds: ((context: DemoContext) => Promise<void>)[] = [seedAssetsDemo, seedSuppliersDemo, seedRisksDemo, seedIncidentsDemo, seedMaturityDemo, seedQuestionnaireDemo, seedCompetenceDemo, seedAttachmentsDemo, seedFindingsDemo, seedManagementReviewsDemo];
