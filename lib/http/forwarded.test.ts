import { afterEach, describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, clientAddressFrom, requestClientAddress, SERVER_SETS_ADDRESS_ENV, servedOverHttps, trustedProxyHops } from "./forwarded";

describe("the client's address", () => {
  it("ignores X-Forwarded-For entirely with no trusted proxy (hops 0)", () => {
    expect(clientAddressFrom("203.0.113.7", "198.51.100.1", 0)).toBe("203.0.113.7");
    expect(clientAddressFrom("203.0.113.7", ["198.51.100.1, 198.51.100.2", "198.51.100.3"], 0)).toBe("203.0.113.7");
    expect(clientAddressFrom("::ffff:203.0.113.7", undefined, 0)).toBe("203.0.113.7");
  });

  it("takes the hops-th address from the right behind trusted proxies, never what the client wrote further left", () => {
    // The client forged "1.1.1.1"; the one trusted proxy appended the address it saw.
    expect(clientAddressFrom("10.0.0.2", "1.1.1.1, 198.51.100.9", 1)).toBe("198.51.100.9");
    expect(clientAddressFrom("10.0.0.2", "1.1.1.1, 198.51.100.9, 10.0.0.1", 2)).toBe("198.51.100.9");
    // A request that reached the inner proxy directly has a shorter chain: the furthest known entry.
    expect(clientAddressFrom("10.0.0.2", "198.51.100.9", 3)).toBe("198.51.100.9");
    expect(clientAddressFrom("10.0.0.2", undefined, 1)).toBe("10.0.0.2");
  });

  it("reads the hops setting strictly", () => {
    expect(trustedProxyHops(undefined)).toBe(0);
    expect(trustedProxyHops("2")).toBe(2);
    expect(() => trustedProxyHops("yes")).toThrow(/ISMS_TRUSTED_PROXY_HOPS/);
    expect(() => trustedProxyHops("-1")).toThrow(/ISMS_TRUSTED_PROXY_HOPS/);
  });

  afterEach(() => {
    delete process.env[SERVER_SETS_ADDRESS_ENV];
  });

  it("is read by the app only from the custom server's header, and only behind the custom server", () => {
    const forged = new Headers({ [CLIENT_ADDRESS_HEADER]: "203.0.113.7", "x-forwarded-for": "1.1.1.1" });
    expect(requestClientAddress(forged)).toBe("unknown");
    process.env[SERVER_SETS_ADDRESS_ENV] = "1";
    expect(requestClientAddress(new Headers({ "x-forwarded-for": "1.1.1.1" }))).toBe("unknown");
    expect(requestClientAddress(forged)).toBe("203.0.113.7");
  });
});

describe("served over HTTPS (for HSTS)", () => {
  it("believes X-Forwarded-Proto only from a trusted proxy", () => {
    expect(servedOverHttps({ encrypted: false, publicUrl: "http://localhost:3000", forwardedProto: "https", hops: 0 })).toBe(false);
    expect(servedOverHttps({ encrypted: false, publicUrl: "http://localhost:3000", forwardedProto: "https", hops: 1 })).toBe(true);
    expect(servedOverHttps({ encrypted: false, publicUrl: "http://localhost:3000", forwardedProto: "https, http", hops: 1 })).toBe(false);
    expect(servedOverHttps({ encrypted: false, publicUrl: "https://isms.example.se", forwardedProto: undefined, hops: 0 })).toBe(true);
    expect(servedOverHttps({ encrypted: true, publicUrl: undefined, forwardedProto: undefined, hops: 0 })).toBe(true);
  });
});
