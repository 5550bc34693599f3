import { actionRoutes } from "../actions/openapi";
import type { RouteSpec } from "../api/route";
import { assetRoutes } from "../assets/openapi";
import { attachmentRoutes } from "../attachments/openapi";
import { auditRoutes } from "../audit/openapi";
import { competenceRoutes } from "../competence/openapi";
import { programmeRoutes } from "../audit-programmes/openapi";
import { internalAuditRoutes } from "../audits/openapi";
import { findingRoutes } from "../findings/openapi";
import { incidentRoutes } from "../incidents/openapi";
import { indicatorRoutes } from "../indicators/openapi";
import { invitationRoutes } from "../invitations/openapi";
import { managementReviewRoutes } from "../management-reviews/openapi";
import { objectiveRoutes } from "../objectives/openapi";
import { maturityRoutes } from "../maturity/openapi";
import { questionnaireRoutes } from "../questionnaires/openapi";
import { mailRoutes } from "../mail/openapi";
import { meRoutes } from "../me/openapi";
import { orgUnitRoutes } from "../org-units/openapi";
import { riskAnalysisRoutes } from "../risk-analyses/openapi";
import { recordRoutes } from "../records/openapi";
import { riskRoutes } from "../risks/openapi";
import { followUpRoutes, supplierRoutes } from "../suppliers/openapi";
import { contractRoutes } from "../contracts/openapi";
import { tokenRoutes } from "../tokens/openapi";
import { userRoutes } from "../users/openapi";
import { workRoutes } from "../work/openapi";
import { platformRoutes } from "./platform";

type Group = { [name: string]: RouteSpec | Group };

const isRoute = (value: RouteSpec | Group): value is RouteSpec => typeof value.method === "string" && typeof value.path === "string";
const rowsOf = (group: Group): RouteSpec[] => Object.values(group).flatMap((value) => (isRoute(value) ? [value] : rowsOf(value)));

/**
 * The route table: every route of the API, each row stated once in its register's openapi.ts and
 * used by both the route file (through withApi) and the OpenAPI document. A register adds its
 * group here.
 */
export const ROUTES: RouteSpec[] = [
  platformRoutes,
  meRoutes,
  workRoutes,
  competenceRoutes,
  mailRoutes,
  orgUnitRoutes,
  userRoutes,
  invitationRoutes,
  tokenRoutes,
  auditRoutes,
  actionRoutes,
  indicatorRoutes,
  assetRoutes,
  riskAnalysisRoutes,
  riskRoutes,
  incidentRoutes,
  maturityRoutes,
  questionnaireRoutes,
  supplierRoutes,
  contractRoutes,
  followUpRoutes,
  programmeRoutes,
  internalAuditRoutes,
  findingRoutes,
  managementReviewRoutes,
  objectiveRoutes,
  attachmentRoutes,
  recordRoutes,
].flatMap((group) => rowsOf(group as Group));
