import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { assessmentBody } from "../../test/maturity-factories";
import { zodFields } from "../api/handler";
import { assessmentCreateSchema, assessmentListQuerySchema, assessmentUpdateSchema } from "./schema";
import { maturitySettingsSchema } from "./settings-schema";

function fieldsOf(parse: () => unknown): Record<string, string[]> {
  try {
    parse();
  } catch (error) {
    if (error instanceof ZodError) return zodFields(error);
    throw error;
  }
  throw new Error("expected a validation error");
}

const withEntry = (patch: Record<string, unknown>) => {
  const body = assessmentBody();
  return { ...body, entries: [{ ...body.entries[0], ...patch }, ...body.entries.slice(1)] };
};

describe("maturity schemas", () => {
  it("accepts a full session and defaults what may be left out", () => {
    const parsed = assessmentCreateSchema.parse({ title: "Utkast", heldAt: "2025-03-12", entries: [{ perspective: "kompetens" }] });
    expect(parsed).toMatchObject({ status: "draft", participants: [], proposals: [] });
    expect(parsed.entries[0]).toEqual({ perspective: "kompetens", level: null, aspectNotes: {}, reasons: [], evidence: [] });
    expect(assessmentCreateSchema.parse(assessmentBody()).entries).toHaveLength(6);
  });

  it("names the field of a level outside 1–4", () => {
    expect(fieldsOf(() => assessmentCreateSchema.parse(withEntry({ level: 5 })))).toHaveProperty(["entries.0.level"]);
    expect(fieldsOf(() => assessmentCreateSchema.parse(withEntry({ level: 0 })))).toHaveProperty(["entries.0.level"]);
    expect(fieldsOf(() => assessmentCreateSchema.parse(withEntry({ level: 2.5 })))).toHaveProperty(["entries.0.level"]);
  });

  it("names the field of an unknown or repeated perspective", () => {
    expect(fieldsOf(() => assessmentCreateSchema.parse(withEntry({ perspective: "ekonomi" })))).toHaveProperty(["entries.0.perspective"]);
    expect(fieldsOf(() => assessmentCreateSchema.parse(withEntry({ perspective: "kompetens" })))).toHaveProperty(["entries.4.perspective"]);
  });

  it("rejects unknown aspects, bad horizons and bad evidence", () => {
    expect(fieldsOf(() => assessmentCreateSchema.parse(withEntry({ aspectNotes: { ekonomi: "x" } })))).toHaveProperty(["entries.0.aspectNotes.ekonomi"]);
    expect(fieldsOf(() => assessmentCreateSchema.parse(withEntry({ evidence: [{ type: "asset", id: "nope" }] })))).toHaveProperty(["entries.0.evidence.0.id"]);
    const body = assessmentBody({ proposals: [{ perspective: "kompetens", what: "X", horizon: "3-9" }] });
    expect(fieldsOf(() => assessmentCreateSchema.parse(body))).toHaveProperty(["proposals.0.horizon"]);
  });

  it("requires a version on update and keeps lists untouched unless sent", () => {
    expect(fieldsOf(() => assessmentUpdateSchema.parse({ title: "X" }))).toHaveProperty(["version"]);
    expect(assessmentUpdateSchema.parse({ version: 1, status: "completed" })).toEqual({ version: 1, status: "completed" });
  });

  it("sorts on heldAt, title and createdAt only", () => {
    expect(assessmentListQuerySchema.parse({ sort: "heldAt:desc" }).sort).toBe("heldAt:desc");
    expect(fieldsOf(() => assessmentListQuerySchema.parse({ sort: "level:asc" }))).toHaveProperty(["sort"]);
  });

  it("takes targets 1–4 for the six perspectives", () => {
    expect(maturitySettingsSchema.parse({})).toEqual({ targets: {} });
    expect(maturitySettingsSchema.parse({ targets: { riskhantering: 3 } })).toEqual({ targets: { riskhantering: 3 } });
    expect(fieldsOf(() => maturitySettingsSchema.parse({ targets: { riskhantering: 5 } }))).toHaveProperty(["targets.riskhantering"]);
    expect(fieldsOf(() => maturitySettingsSchema.parse({ targets: { ekonomi: 2 } }))).toHaveProperty(["targets.ekonomi"]);
  });
});
