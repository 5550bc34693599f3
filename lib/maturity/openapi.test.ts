import { describe, expect, it } from "vitest";
import { openApiDocument } from "../openapi/document";

describe("maturity OpenAPI", () => {
  it("documents the maturity endpoints with their bodies", () => {
    const document = openApiDocument() as unknown as { paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { properties?: Record<string, unknown> } }> } }>> };
    const create = document.paths["/api/v1/maturity-assessments"].post;
    expect(Object.keys(create.requestBody!.content["application/json"].schema.properties ?? {})).toEqual(
      expect.arrayContaining(["title", "heldAt", "participants", "facilitator", "status", "entries", "proposals"]),
    );
    for (const path of ["/api/v1/maturity-assessments/{id}", "/api/v1/maturity-assessments/{id}/results", "/api/v1/maturity-model", "/api/v1/settings/maturity"]) {
      expect(document.paths[path], path).toBeDefined();
    }
    expect(document.paths["/api/v1/maturity-assessments/{id}/proposals/{proposalId}/action"].post).toBeDefined();
  });
});
