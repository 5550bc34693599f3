import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { withoutBrokenCallbackUrl } from "./auth-request";

const get = (query: string) => new NextRequest(`http://localhost/api/auth/signin${query}`, { headers: { cookie: "a=b" } });

describe("withoutBrokenCallbackUrl", () => {
  it("drops a callbackUrl next-auth could not parse (it would answer 500), keeping the rest of the request", () => {
    const cleaned = withoutBrokenCallbackUrl(get("?callbackUrl=%E0%A4%A&x=1"));
    expect(cleaned.nextUrl.searchParams.has("callbackUrl")).toBe(false);
    expect(cleaned.nextUrl.searchParams.get("x")).toBe("1");
    expect(cleaned.headers.get("cookie")).toBe("a=b");
    expect(withoutBrokenCallbackUrl(get("?callbackUrl=javascript%3Aalert(1)")).nextUrl.searchParams.has("callbackUrl")).toBe(false);
  });

  it("leaves parsable values to the redirect callback", () => {
    const request = get("?callbackUrl=%2Frisker");
    expect(withoutBrokenCallbackUrl(request)).toBe(request);
    expect(withoutBrokenCallbackUrl(get("?callbackUrl=https%3A%2F%2Fevil.example")).nextUrl.searchParams.get("callbackUrl")).toBe("https://evil.example");
  });
});
