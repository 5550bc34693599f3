import { describe, expect, it } from "vitest";
import { paged } from "./list";

describe("paged", () => {
  it("builds a page's views in one batch, awaiting an async view builder", async () => {
    const batches: number[][] = [];
    const toViews = async (rows: number[]) => {
      batches.push(rows);
      return rows.map((row) => `rad ${row}`);
    };
    const result = await paged({ page: 2, pageSize: 3 }, Promise.resolve([4, 5, 6]), Promise.resolve(7), toViews);
    expect(batches).toEqual([[4, 5, 6]]);
    expect(result).toEqual({ items: ["rad 4", "rad 5", "rad 6"], total: 7, page: 2, pageSize: 3 });
  });
});
