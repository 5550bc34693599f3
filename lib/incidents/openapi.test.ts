import { describe, expect, it } from "vitest";
import { openApiDocument } from "../openapi/document";

describe("incident operations in the OpenAPI document", () => {
  it("describes the report form, the handlers' PATCH, the obligation report and the close step", () => {
    const paths = openApiDocument().paths as Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { properties?: object } }> } }>>;
    expect(Object.keys(paths)).toEqual(expect.arrayContaining(["/api/v1/incidents", "/api/v1/incidents/{id}", "/api/v1/incidents/trend", "/api/v1/settings/incidents"]));
    const schema = (path: string, method: string) => paths[path][method].requestBody?.content["application/json"].schema.properties ?? {};
    expect(Object.keys(schema("/api/v1/incidents", "post"))).toEqual(expect.arrayContaining(["title", "occurredAt", "detectedAt", "personalData", "assetIds"]));
    expect(Object.keys(schema("/api/v1/incidents/{id}", "patch"))).toEqual(expect.arrayContaining(["severity", "status", "rootCause", "riskIds", "impact", "version"]));
    expect(Object.keys(schema("/api/v1/incidents/{id}/obligations/{kind}", "patch"))).toEqual(["reportedAt", "reference", "notReportable", "motivation", "version"]);
    expect(Object.keys(schema("/api/v1/incidents/{id}/close", "post"))).toEqual(["rootCause", "lessonsLearned", "obligations", "version"]);
  });
});
