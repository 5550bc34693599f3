import { actionRoutes } from "../actions/openapi";
import type { RouteSpec } from "../api/route";
import { assetRoutes } from "../assets/openapi";
import { auditRoutes } from "../audit/openapi";
import { incidentRoutes } from "../incidents/openapi";
import { indicatorRoutes } from "../indicators/openapi";
import { invitationRoutes } from "../invitations/openapi";
import { maturityRoutes } from "../maturity/openapi";
import { meRoutes } from "../me/openapi";
import { orgUnitRoutes } from "../org-units/openapi";
import { riskAnalysisRoutes } from "../risk-analyses/openapi";
import { riskRoutes } from "../risks/openapi";
import { tokenRoutes } from "../tokens/openapi";
import { userRoutes } from "../users/openapi";
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
].flatMap((group) => rowsOf(group as Group));
