import { describe, expect, it } from "vitest";
import { badRequest, forbidden, notFound } from "../errors";
import { loadRecord } from "./load-record";

const params = Promise.resolve({ id: "abc" });

describe("loadRecord", () => {
  it("passes the route's id to the loader and returns the record", async () => {
    await expect(loadRecord(params, async (id) => ({ id }))).resolves.toEqual({ id: "abc" });
  });

  it("turns a 403 into null, for the page's <Forbidden/>", async () => {
    await expect(loadRecord(params, () => Promise.reject(forbidden()))).resolves.toBeNull();
  });

  it("turns a 404 into Next's not-found page", async () => {
    // notFound() from next/navigation throws the error Next renders as the 404 page.
    await expect(loadRecord(params, () => Promise.reject(notFound()))).rejects.toMatchObject({ digest: expect.stringContaining("404") });
  });

  it("throws any other error", async () => {
    const error = badRequest("Ogiltigt.");
    await expect(loadRecord(params, () => Promise.reject(error))).rejects.toBe(error);
  });
});
