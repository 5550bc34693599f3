import { describe, expect, it } from "vitest";
import { safeCallbackUrl, safeRedirect } from "./callback-url";

const ORIGIN = "https://isms.example.se";

describe("safeCallbackUrl", () => {
  it("keeps paths on this site", () => {
    expect(safeCallbackUrl("/risker?band=high#lista", ORIGIN)).toBe("/risker?band=high#lista");
    expect(safeCallbackUrl("/invite/abc", ORIGIN)).toBe("/invite/abc");
    expect(safeCallbackUrl(`${ORIGIN}/atgarder`, ORIGIN)).toBe("/atgarder");
  });

  it("never leads to another site or scheme, whatever the spelling", () => {
    for (const value of ["//evil.example", "/\\evil.example", "/\t/evil.example", "https://evil.example/", "javascript:alert(1)", "", null, undefined]) {
      expect(safeCallbackUrl(value, ORIGIN)).toBe("/");
    }
  });

  it("does not throw on malformed percent-encoding", () => {
    expect(() => safeCallbackUrl("/%E0%A4%A", ORIGIN)).not.toThrow();
    expect(safeCallbackUrl("/%E0%A4%A", ORIGIN)).toBe("/%E0%A4%A");
  });
});

describe("safeRedirect (next-auth's redirect callback)", () => {
  it("stays on this site and never throws", () => {
    expect(safeRedirect(`${ORIGIN}/risker?x=1`, ORIGIN)).toBe(`${ORIGIN}/risker?x=1`);
    expect(safeRedirect("/login", ORIGIN)).toBe(`${ORIGIN}/login`);
    for (const url of ["https://evil.example/", `${ORIGIN}.evil.example/`, `${ORIGIN}@evil.example`, "//evil.example", "javascript:alert(1)", ""]) {
      expect(safeRedirect(url, ORIGIN)).toBe(`${ORIGIN}/`);
    }
    expect(safeRedirect("\uFFFD%A", ORIGIN).startsWith(`${ORIGIN}/`)).toBe(true);
  });
});
