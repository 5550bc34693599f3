import { describe, expect, it } from "vitest";
import { suggestedLevel } from "./suggested-level";

const share = (value: number | null) => ({ unit: "share" as const, value });

describe("suggested level from a perspective's indicators", () => {
  it("maps the lowest share onto MSB's four levels at 90, 70 and 40 %", () => {
    expect(suggestedLevel([share(1), share(0.9)])?.level).toBe(4);
    expect(suggestedLevel([share(1), share(0.89)])?.level).toBe(3);
    expect(suggestedLevel([share(0.7)])?.level).toBe(3);
    expect(suggestedLevel([share(0.69), share(0.95)])?.level).toBe(2);
    expect(suggestedLevel([share(0.4)])?.level).toBe(2);
    expect(suggestedLevel([share(0.39)])?.level).toBe(1);
    expect(suggestedLevel([share(0)])).toEqual({ level: 1, lowest: 0, basis: 1 });
  });

  it("leaves out shares with nothing to count, days and counts; none left gives no suggestion", () => {
    expect(suggestedLevel([share(0.95), share(null), { unit: "days", value: 40 }, { unit: "count", value: 0 }])).toEqual({ level: 4, lowest: 0.95, basis: 1 });
    expect(suggestedLevel([share(null), { unit: "days", value: 3 }])).toBeNull();
    expect(suggestedLevel([])).toBeNull();
  });
});
