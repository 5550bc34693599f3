import { beforeAll, describe, expect, it } from "vitest";
import * as action from "@/app/api/v1/actions/[id]/route";
import * as actions from "@/app/api/v1/actions/route";
import * as asset from "@/app/api/v1/assets/[id]/route";
import * as assetExport from "@/app/api/v1/assets/export/route";
import * as assets from "@/app/api/v1/assets/route";
import * as auditEvents from "@/app/api/v1/audit-events/route";
import * as incident from "@/app/api/v1/incidents/[id]/route";
import * as assetOptions from "@/app/api/v1/incidents/asset-options/route";
import * as incidentExport from "@/app/api/v1/incidents/export/route";
import * as incidents from "@/app/api/v1/incidents/route";
import * as incidentTrend from "@/app/api/v1/incidents/trend/route";
import * as invitations from "@/app/api/v1/invitations/route";
import * as assessment from "@/app/api/v1/maturity-assessments/[id]/route";
import * as assessments from "@/app/api/v1/maturity-assessments/route";
import * as orgUnits from "@/app/api/v1/org-units/route";
import * as riskAnalysis from "@/app/api/v1/risk-analyses/[id]/route";
import * as riskAnalyses from "@/app/api/v1/risk-analyses/route";
import * as risk from "@/app/api/v1/risks/[id]/route";
import * as riskExport from "@/app/api/v1/risks/export/route";
import * as riskHeatmap from "@/app/api/v1/risks/heatmap/route";
import * as risks from "@/app/api/v1/risks/route";
import * as riskTrend from "@/app/api/v1/risks/trend/route";
import * as requirements from "@/app/api/v1/security-requirements/route";
import * as user from "@/app/api/v1/users/[id]/route";
import * as users from "@/app/api/v1/users/route";
import { createOrgWithRoles } from "../../test/factories";
import { callRoute, tokenFor } from "../../test/http";
import { changedAt, sampleGaps, stringLeaves, WRITE_ROUTES } from "../../test/write-routes";
import { db } from "../db/client";
import { openApiDocument } from "../openapi/document";
import { NUL_MESSAGE } from "../validation/zod";
import { errorResponse } from "./handler";

const NUL = "\u0000";
let token: string;
beforeAll(async () => {
  token = await tokenFor((await createOrgWithRoles()).admin);
});

const pathOf = (name: string) => name.split(" ")[1];
const methodOf = (name: string) => name.split(" ")[0];

// Passwords are hashed, never stored as text.
const textLeaves = (body: Record<string, unknown>) => stringLeaves(body).filter((leaf) => !/password/i.test(String(leaf[leaf.length - 1])));
const withText = WRITE_ROUTES.filter((entry) => textLeaves(entry.body).length > 0);

describe("NUL bytes in bodies", () => {
  it.each(withText.map((entry) => [entry.name, entry] as const))("%s: a NUL in any string field is a 400 naming it", async (_name, entry) => {
    const leaves = textLeaves(entry.body);
    const wrong: string[] = [];
    for (const leaf of leaves) {
      const body = changedAt(entry.body, leaf, (value) => `${String(value)}${NUL}x`);
      const answer = await callRoute(entry.route, token, { method: methodOf(entry.name), path: pathOf(entry.name), params: entry.params, body });
      const field = leaf.join(".");
      if (answer.status !== 400 || !answer.json?.error?.fields?.[field]) wrong.push(`${field}: ${answer.status} ${JSON.stringify(answer.json?.error)}`);
    }
    expect(wrong).toEqual([]);
  });

  it("walks every string field: each route's body sets every field of its schema that takes text", () => {
    const paths = openApiDocument().paths as Record<string, Record<string, { requestBody?: { content: Record<string, { schema: JsonNode }> } }>>;
    const missing: string[] = [];
    for (const entry of WRITE_ROUTES) {
      const schema = paths[pathOf(entry.name)]?.[methodOf(entry.name).toLowerCase()]?.requestBody?.content["application/json"].schema;
      for (const [field, node] of Object.entries(schema?.properties ?? {})) {
        if (takesText(node) && !(field in entry.body)) missing.push(`${entry.name}: ${field}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("every route of the table that takes a JSON body has a sample body, and every sample a route", () => {
    expect(sampleGaps()).toEqual({ missing: [], unknown: [] });
  });
});

interface JsonNode {
  type?: string;
  anyOf?: JsonNode[];
  items?: JsonNode;
  properties?: Record<string, JsonNode>;
}

function takesText(node: JsonNode): boolean {
  if (node.type === "string") return true;
  if (node.type === "array" && node.items) return takesText(node.items);
  if (node.type === "object") return Object.values(node.properties ?? {}).some(takesText);
  return (node.anyOf ?? []).some(takesText);
}

type Route = Parameters<typeof callRoute>[0];
const LIST_ROUTES: [string, string[], Route][] = [
  ["/api/v1/actions", ["q"], actions.GET],
  ["/api/v1/assets", ["q"], assets.GET],
  ["/api/v1/assets/export", ["q"], assetExport.GET],
  ["/api/v1/audit-events", ["q", "entityId"], auditEvents.GET],
  ["/api/v1/incidents", ["q", "category"], incidents.GET],
  ["/api/v1/incidents/asset-options", ["q"], assetOptions.GET],
  ["/api/v1/incidents/export", ["q", "category"], incidentExport.GET],
  ["/api/v1/incidents/trend", ["q", "category"], incidentTrend.GET],
  ["/api/v1/invitations", ["q"], invitations.GET],
  ["/api/v1/maturity-assessments", ["q"], assessments.GET],
  ["/api/v1/org-units", ["q"], orgUnits.GET],
  ["/api/v1/risk-analyses", ["q"], riskAnalyses.GET],
  ["/api/v1/risks", ["q"], risks.GET],
  ["/api/v1/risks/export", ["q"], riskExport.GET],
  ["/api/v1/risks/heatmap", ["q"], riskHeatmap.GET],
  ["/api/v1/risks/trend", ["q"], riskTrend.GET],
  ["/api/v1/security-requirements", ["q"], requirements.GET],
  ["/api/v1/users", ["q"], users.GET],
];

describe("NUL bytes in list queries", () => {
  it.each(LIST_ROUTES)("%s: a NUL in ?%s is a 400 naming the parameter; unknown parameters are tolerated", async (route, params, handler) => {
    for (const param of params) {
      const answer = await callRoute(handler, token, { path: `${route}?${param}=a%00b` });
      expect(answer.status, param).toBe(400);
      expect(answer.json.error.fields[param], param).toEqual([NUL_MESSAGE]);
    }
    expect((await callRoute(handler, token, { path: `${route}?q=a&okänd=1` })).status).toBe(200);
  });
});

describe("PostgreSQL's invalid-text errors", () => {
  it("are a 400 as they surface through Prisma's adapter (22021 invalid byte sequence, 22P05 untranslatable)", async () => {
    const invalidUtf8 = await db.$queryRaw`SELECT convert_from('\\xff'::bytea, 'UTF8')`.catch((error: unknown) => error);
    const untranslatable = await db.$queryRaw`SELECT convert('\\xe282ac'::bytea, 'UTF8', 'LATIN1')`.catch((error: unknown) => error);
    expect(String(untranslatable)).toContain("22P05");
    const insert = await db.orgUnit.findFirst({ where: { name: `a${NUL}` } }).catch((error: unknown) => error);
    for (const error of [invalidUtf8, untranslatable, insert]) {
      const answer = errorResponse(error);
      expect(answer.status).toBe(400);
      expect((await answer.json()).error).toEqual({ code: "validation_error", message: NUL_MESSAGE });
    }
  });

  it.each([
    ["GET /api/v1/actions/{id}", action.GET],
    ["GET /api/v1/assets/{id}", asset.GET],
    ["GET /api/v1/incidents/{id}", incident.GET],
    ["GET /api/v1/maturity-assessments/{id}", assessment.GET],
    ["GET /api/v1/risk-analyses/{id}", riskAnalysis.GET],
    ["GET /api/v1/risks/{id}", risk.GET],
    ["GET /api/v1/users/{id}", user.GET],
    ["DELETE /api/v1/risks/{id}", risk.DELETE],
  ] as const)("%s with a NUL in the id is a 404 (no such record), not a 500", async (name, handler) => {
    const answer = await callRoute(handler, token, { method: methodOf(name), path: pathOf(name).replace("{id}", "x%00"), params: { id: `x${NUL}` } });
    expect(answer.status).toBe(404);
    expect(answer.json.error.code).toBe("not_found");
  });
});
