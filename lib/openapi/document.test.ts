import { describe, expect, it } from "vitest";
import { openApiDocument } from "./document";

interface Operation {
  tags: string[];
  summary: string;
  operationId: string;
  security?: unknown[];
  parameters: { name: string; in: string; required: boolean; schema: object }[];
  requestBody?: { content: Record<string, { schema: object }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: object }> }>;
}

const document = openApiDocument();
const operations = Object.entries(document.paths).flatMap(([path, methods]) => Object.entries(methods as Record<string, Operation>).map(([method, operation]) => ({ path, method, operation })));

/** Every `$ref` in the document, wherever it sits. */
const refs = (node: unknown): string[] =>
  Array.isArray(node) ? node.flatMap(refs) : node && typeof node === "object" ? Object.entries(node).flatMap(([key, value]) => (key === "$ref" ? [String(value)] : refs(value))) : [];

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 with the bearer scheme, tags and summaries", () => {
    expect(document.openapi).toBe("3.1.0");
    expect(document.components.securitySchemes.bearer).toEqual({ type: "http", scheme: "bearer" });
    expect(document.security).toEqual([{ bearer: [] }]);
    const tags = document.tags.map((tag) => tag.name);
    expect(tags).toEqual(expect.arrayContaining(["Plattform", "Organisation", "Åtgärder", "Mognad", "Informationsklassning", "Incidenthantering", "Riskhantering"]));
    for (const { operation } of operations) {
      expect(operation.summary.length).toBeGreaterThan(0);
      expect(tags).toEqual(expect.arrayContaining(operation.tags));
    }
  });

  it("declares exactly the path's parameters, each required, and unique operation ids", () => {
    const wrong: string[] = [];
    for (const { path, method, operation } of operations) {
      const inPath = [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => name);
      const declared = operation.parameters.filter((parameter) => parameter.in === "path");
      if (JSON.stringify(declared.map((parameter) => parameter.name)) !== JSON.stringify(inPath) || declared.some((parameter) => !parameter.required)) wrong.push(`${method} ${path}`);
      if (new Set(operation.parameters.map((parameter) => `${parameter.in}:${parameter.name}`)).size !== operation.parameters.length) wrong.push(`${method} ${path}: duplicate parameter`);
    }
    expect(wrong).toEqual([]);
    const ids = operations.map(({ operation }) => operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("gives every operation a success answer and the error format, and every $ref resolves", () => {
    for (const { path, method, operation } of operations) {
      const codes = Object.keys(operation.responses);
      expect(codes.some((code) => /^2\d\d$/.test(code)), `${method} ${path}`).toBe(true);
      expect(codes.every((code) => /^[1-5]\d\d$/.test(code)), `${method} ${path}`).toBe(true);
    }
    const resolve = (ref: string) => ref.split("/").slice(1).reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], document);
    const unresolved = [...new Set(refs(document))].filter((ref) => !ref.startsWith("#/components/") || !resolve(ref));
    const components = document.components.schemas as Record<string, object>;
    expect(unresolved).toEqual([]);
    expect(Object.keys(components)).toEqual(expect.arrayContaining(["Error", "AssetView", "RiskView", "IncidentView"]));
  });

  it("describes answers with the zod response schemas (an asset's fields, a risk's band, a paged list)", () => {
    const answer = (path: string, method: string, status = "200") =>
      (document.paths[path] as Record<string, Operation>)[method].responses[status].content?.["application/json"].schema as { properties: Record<string, { properties?: object; enum?: string[] }> };
    const components = document.components.schemas as Record<string, { properties: Record<string, { enum?: string[] }> }>;
    expect(answer("/api/v1/assets/{id}", "get")).toEqual({ $ref: "#/components/schemas/AssetDetailView" });
    expect(Object.keys(components.AssetDetailView.properties)).toEqual(expect.arrayContaining(["id", "name", "protectionLevel", "holds", "motivations", "version"]));
    expect(Object.keys(answer("/api/v1/risks", "get").properties)).toEqual(["items", "total", "page", "pageSize"]);
    expect(components.RiskView.properties.band.enum).toEqual(["low", "medium", "high", "extreme"]);
    expect(answer("/api/v1/incidents", "post", "201")).toBeDefined();
  });

  it("marks the open routes as needing no sign-in, and names the permission of the others", () => {
    const open = operations.filter(({ operation }) => Array.isArray(operation.security) && operation.security.length === 0).map(({ method, path }) => `${method} ${path}`);
    expect(open.sort()).toEqual(["get /api/calendar/{token}", "get /api/health", "get /api/public/supplier-questionnaire/{token}", "get /api/v1/openapi.json", "post /api/public/supplier-questionnaire/{token}", "post /api/v1/invitations/register"]);
    const risk = (document.paths["/api/v1/risks"] as Record<string, Operation & { "x-permission": string; description: string }>).post;
    expect(risk["x-permission"]).toBe("risks.propose");
    expect(risk.description).toContain("information_owner (egna)");
  });

  it("holds only JSON: nothing undefined, no value JSON cannot carry", () => {
    expect(JSON.parse(JSON.stringify(document))).toStrictEqual(document);
  });
});
