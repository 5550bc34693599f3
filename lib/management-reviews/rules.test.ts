import { describe, expect, it } from "vitest";
import { assertPeriod, assertPeriodOpen, assertSignOff, isReadOnly } from "./rules";

const conclusion = { suitability: "yes", adequacy: "partly", effectiveness: "no", comment: null } as const;

describe("management review rules", () => {
  it("refuses a period that ends before it starts", () => {
    expect(() => assertPeriod(new Date("2026-02-01"), new Date("2026-01-01"))).toThrow(expect.objectContaining({ code: "review_period" }));
    expect(() => assertPeriod(new Date("2026-01-01"), new Date("2026-01-01"))).not.toThrow();
  });

  it("signs off only a held review with a conclusion", () => {
    expect(() => assertSignOff("draft", conclusion)).toThrow(expect.objectContaining({ code: "review_not_held" }));
    expect(() => assertSignOff("held", null)).toThrow(expect.objectContaining({ code: "conclusion_required" }));
    expect(() => assertSignOff("held", conclusion)).not.toThrow();
  });

  it("keeps the period of a held review and makes a closed one read-only", () => {
    expect(() => assertPeriodOpen("held", { periodTo: new Date("2026-06-30") })).toThrow(expect.objectContaining({ code: "review_period_frozen" }));
    expect(() => assertPeriodOpen("draft", { periodTo: new Date("2026-06-30") })).not.toThrow();
    expect(() => assertPeriodOpen("held", {})).not.toThrow();
    expect([isReadOnly("draft"), isReadOnly("held"), isReadOnly("closed")]).toEqual([false, false, true]);
  });
});
