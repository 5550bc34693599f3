import { describe, expect, it } from "vitest";
import { parseFlags, requireFlag } from "./args";

describe("CLI flags", () => {
  it("reads --key value and --key=value", () => {
    expect(parseFlags(["--email", "a@b.se", "--name=Anna A"])).toEqual({ email: "a@b.se", name: "Anna A" });
  });
  it("rejects a flag without a value and stray words", () => {
    expect(() => parseFlags(["--email"])).toThrow("--email saknar värde");
    expect(() => parseFlags(["--email", "--name", "x"])).toThrow("--email saknar värde");
    expect(() => parseFlags(["oops"])).toThrow("okänt argument");
  });
  it("names a missing required flag", () => {
    expect(() => requireFlag({}, "role")).toThrow("--role krävs");
  });
});
