import { describe, expect, it } from "vitest";
import { databaseUp } from "./health";

/** Keeps the event loop busy, as a parse on the request thread once did. */
function blockEventLoop(ms: number) {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

describe("database health probe", () => {
  it("answers up when the event loop was busy past the timeout while the database answered", async () => {
    // A connection in the pool first: a cold client's connect alone may take longer than 100 ms.
    expect(await databaseUp()).toBe(true);
    const probe = databaseUp(100);
    blockEventLoop(400);
    expect(await probe).toBe(true);
  });

  it("answers down when the database does not answer within the timeout", async () => {
    const started = performance.now();
    expect(await databaseUp(100, () => new Promise(() => {}))).toBe(false);
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(await databaseUp(100, () => Promise.reject(new Error("connection refused")))).toBe(false);
  });
});
