import { describe, expect, it } from "vitest";
import { classifyBody, classifyFormSchema } from "./classify-schema";

const texts = { chooseLevel: "Välj en nivå.", motivationRequired: "Motivera." };
const model = { traceabilityEnabled: true, traceabilityRequired: false };

const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));

describe("the guided classification form's schema", () => {
  it("asks for a motivation from level 2 and a level for every required aspect", () => {
    const schema = classifyFormSchema(model, texts);
    const result = schema.safeParse({ version: 1, confidentiality: 2, integrity: 1, availability: null, traceability: 3, motivations: { confidentiality: "  ", traceability: "Loggas" } });
    expect(result.success).toBe(false);
    expect(issues(result)).toEqual({ "motivations.confidentiality": "Motivera.", availability: "Välj en nivå." });
  });

  it("accepts levels below 2 without motivation and leaves optional spårbarhet out", () => {
    const schema = classifyFormSchema(model, texts);
    const result = schema.safeParse({ version: 3, confidentiality: 1, integrity: 0, availability: 1, traceability: null, motivations: {} });
    expect(result.success).toBe(true);
    expect(classifyBody(result.data!, model)).toEqual({
      version: 3,
      confidentiality: 1,
      integrity: 0,
      availability: 1,
      traceability: null,
      motivations: { confidentiality: null, integrity: null, availability: null, traceability: null },
    });
  });

  it("requires spårbarhet only when the model does, and never sends it when switched off", () => {
    const required = classifyFormSchema({ traceabilityEnabled: true, traceabilityRequired: true }, texts);
    expect(issues(required.safeParse({ version: 1, confidentiality: 0, integrity: 0, availability: 0, motivations: {} }))).toEqual({ traceability: "Välj en nivå." });
    const off = { traceabilityEnabled: false, traceabilityRequired: true };
    const parsed = classifyFormSchema(off, texts).safeParse({ version: 1, confidentiality: 0, integrity: 0, availability: 0, traceability: 4, motivations: {} });
    expect(parsed.success).toBe(true);
    expect(classifyBody(parsed.data!, off)).not.toHaveProperty("traceability");
  });

  it("keeps the API's scale check: a level outside 0–9 is refused on the field", () => {
    const result = classifyFormSchema(model, texts).safeParse({ version: 1, confidentiality: 12, integrity: 0, availability: 0, motivations: { confidentiality: "x" } });
    expect(Object.keys(issues(result))).toContain("confidentiality");
  });
});
