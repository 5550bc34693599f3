import { describe, expect, it } from "vitest";
import { assetCreateSchema } from "../assets/schema";
import { riskCreateSchema } from "../risks/schema";
import { maxLengthAt } from "./limits";
import { optionalText, text, writeObject, z } from "./zod";

describe("field limits read from the schema", () => {
  it("finds the maximum through optional, nullable, defaults, transforms, objects and arrays", () => {
    const schema = writeObject({
      title: text().trim().min(1).max(200),
      note: optionalText(2000),
      rows: z.array(writeObject({ name: text().max(80) })).default([]),
      count: z.number().max(5),
      free: text(),
    });
    expect(maxLengthAt(schema, "title")).toBe(200);
    expect(maxLengthAt(schema, "note")).toBe(2000);
    expect(maxLengthAt(schema, "rows.0.name")).toBe(80);
    expect(maxLengthAt(schema, "count")).toBeUndefined();
    expect(maxLengthAt(schema, "free")).toBeUndefined();
    expect(maxLengthAt(schema, "missing.path")).toBeUndefined();
  });

  it("reads the registers' own schemas", () => {
    expect(maxLengthAt(assetCreateSchema, "name")).toBe(200);
    expect(maxLengthAt(riskCreateSchema, "acceptance.motivation")).toBeGreaterThan(100);
  });
});
