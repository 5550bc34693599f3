import { describe, expect, it } from "vitest";
import { z } from "../validation/zod";
import { hrefWith, parseListParams } from "./search-params";

describe("list state in the URL", () => {
  const schema = z.object({ page: z.coerce.number().int().min(1).default(1), status: z.enum(["open", "closed"]).optional() });
  it("parses values and drops the invalid ones", () => {
    expect(parseListParams(schema, { page: "2", status: "open" })).toEqual({ page: 2, status: "open" });
    expect(parseListParams(schema, { page: "x", status: "open" })).toEqual({ page: 1, status: "open" });
    expect(parseListParams(schema, { status: "", page: ["3", "4"] })).toEqual({ page: 3 });
  });
  it("builds links that keep the other parameters", () => {
    expect(hrefWith("/atgarder", { status: "open", page: "2" }, { page: "3" })).toBe("/atgarder?status=open&page=3");
    expect(hrefWith("/atgarder", { status: "open" }, { status: undefined })).toBe("/atgarder");
  });
});
